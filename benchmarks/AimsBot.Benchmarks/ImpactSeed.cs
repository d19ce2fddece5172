using System.Globalization;
using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Benchmarks;

/// <summary>Fills the impact assessments: one per system for the first systems, every dimension answered, half of them applying.</summary>
internal static class ImpactSeed
{
    public static void Fill(IServiceProvider services, DateTime now, int assessments)
    {
        var database = services.GetRequiredService<AimsDatabase>();
        var method = services.GetRequiredService<RiskMethod>();
        var dimensions = Enum.GetValues<ImpactDimension>();
        var statuses = Enum.GetValues<ImpactStatus>();
        var items = Enumerable.Range(1, assessments).Select(i => new ImpactAssessment
        {
            Id = ImpactIds.Format(i),
            Number = i,
            SystemId = "AI-" + i.ToString("0000", CultureInfo.InvariantCulture),
            SystemName = "AI system " + i.ToString(CultureInfo.InvariantCulture),
            Version = 1,
            Purpose = "Answers customers' questions about refunds in the web chat, with a person reviewing every refund above 500 EUR.",
            Affected = "Customers asking for refunds; support staff",
            VulnerableGroups = i % 3 == 0 ? "Elderly customers" : "",
            Benefits = "Faster answers, consistent policy",
            Harms = [.. dimensions.Select((d, n) =>
            {
                var applies = (i + n) % 2 == 0;
                var severity = applies ? ((i + n) % 5) + 1 : 0;
                var likelihood = applies ? ((i + (2 * n)) % 5) + 1 : 0;
                var level = applies ? method.LevelOf(likelihood, severity) : null;
                return new ImpactHarm
                {
                    Dimension = d,
                    Applies = applies,
                    Harm = applies ? "Customers may be refused a refund they are owed." : "",
                    Severity = severity,
                    Likelihood = likelihood,
                    Reversibility = applies ? Reversibility.PartlyReversible : null,
                    Level = level?.Name ?? "",
                    LevelRank = level is null ? 0 : method.RankOf(level.Name),
                };
            })],
            ForeseeableMisuse = "Used to answer questions outside refunds.",
            Mitigations = "Answers grounded on the policy; weekly sample review.",
            Oversight = "A person approves refunds above 500 EUR.",
            Conclusion = ImpactConclusion.ProceedWithConditions,
            Conditions = "Monthly fairness review.",
            Status = statuses[i % statuses.Length],
            MethodVersion = method.Stamp,
            NextReview = now.AddDays((i % 400) - 100),
            AssessedByKey = "teams:tenant-1:owner-1",
            AssessedByName = "Owner 1",
            AssessedAt = now,
        });
        database.InTransaction(() =>
        {
            database.Collection<ImpactAssessment>(RiskCollections.Impacts).InsertBulk(items);
            return database.Collection<Counter>(CollectionNames.Counters).Upsert(new Counter { Id = RiskCollections.ImpactCounter, Value = assessments });
        });
    }
}
