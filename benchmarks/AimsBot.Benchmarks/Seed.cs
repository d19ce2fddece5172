using System.Globalization;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Benchmarks;

/// <summary>Fills a store: every control answered and owned, evidence shared across both standards, a large inventory.</summary>
internal static class Seed
{
    public static void Fill(IServiceProvider services, DateTime now, int systems, int evidence)
    {
        var database = services.GetRequiredService<AimsDatabase>();
        var catalogue = services.GetRequiredService<ControlCatalogue>();
        var owners = Enumerable.Range(1, 8).Select(i => (Key: $"teams:tenant-1:owner-{i}", Name: $"Owner {i}")).ToArray();
        var statuses = Enum.GetValues<ImplementationStatus>();

        var records = catalogue.Controls.Select((c, i) => new ControlRecord
        {
            Id = c.Id,
            OwnerKey = owners[i % owners.Length].Key,
            OwnerName = owners[i % owners.Length].Name,
            AssignedAt = now,
            Applicability = i % 9 == 0 ? Applicability.Excluded : Applicability.Applicable,
            InclusionReasons = i % 9 == 0 ? [] : [InclusionReason.RiskTreatment, InclusionReason.GoodPractice],
            Justification = i % 9 == 0 ? "Not relevant to how we use AI today; reviewed yearly." : "Treats AI risks R-" + i.ToString(CultureInfo.InvariantCulture),
            Status = statuses[i % statuses.Length],
            TargetDate = now.AddDays(30 + i),
            NextReview = now.AddDays((i * 10) - 100),
            AnsweredAt = now,
            UpdatedAt = now,
            UpdatedByName = owners[i % owners.Length].Name,
            LastChange = "Answered: applicable",
        });
        services.GetRequiredService<IControlStore>().SaveAll(records);

        var items = Enumerable.Range(1, evidence).Select(i =>
        {
            var control = catalogue.Controls[i % catalogue.Controls.Count];
            return new EvidenceItem
            {
                Title = "Evidence document " + i.ToString(CultureInfo.InvariantCulture),
                Location = "https://contoso.sharepoint.com/isms/evidence/" + i.ToString(CultureInfo.InvariantCulture),
                NormalizedLocation = ("https://contoso.sharepoint.com/isms/evidence/" + i.ToString(CultureInfo.InvariantCulture)).ToUpperInvariant(),
                Iso42001 = [control.Id],
                Iso27001 = [.. control.Iso27001],
                AddedByKey = owners[0].Key,
                AddedByName = owners[0].Name,
                AddedAt = now,
            };
        });
        database.InTransaction(() => database.Collection<EvidenceItem>(ControlCollections.Evidence).InsertBulk(items));

        var inventory = Enumerable.Range(1, systems).Select(i => new AiSystem
        {
            Id = SystemNames.FormatId(i),
            Number = i,
            Name = "AI system " + i.ToString(CultureInfo.InvariantCulture),
            NormalizedName = "ai system " + i.ToString(CultureInfo.InvariantCulture),
            Purpose = "Helps team " + (i % 40).ToString(CultureInfo.InvariantCulture) + " triage requests",
            Role = OrganisationRole.Deployer,
            Source = SystemSource.Saas,
            Supplier = "Contoso AI",
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
            BusinessOwnerKey = owners[i % owners.Length].Key,
            BusinessOwnerName = owners[i % owners.Length].Name,
            Jurisdictions = ["EU"],
            AffectedPeople = "Staff of team " + (i % 40).ToString(CultureInfo.InvariantCulture),
            Autonomy = Autonomy.HumanInTheLoop,
            Oversight = "A person reviews every suggestion.",
            RegisteredAt = now,
            UpdatedAt = now,
        });
        database.InTransaction(() => database.Collection<AiSystem>(CollectionNames.AiSystems).InsertBulk(inventory));
    }
}
