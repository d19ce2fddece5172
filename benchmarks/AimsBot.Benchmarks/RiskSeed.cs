using System.Globalization;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Benchmarks;

/// <summary>Fills the risk register: risks spread over the systems, levels, statuses and treatments.</summary>
internal static class RiskSeed
{
    public static void Fill(IServiceProvider services, DateTime now, int risks, int systems, int assessments = 0)
    {
        var database = services.GetRequiredService<AimsDatabase>();
        var method = services.GetRequiredService<RiskMethod>();
        var controls = new[] { "A.6.2.6", "A.7.4", "A.8.2", "A.9.2", "A.5.2", "A.6.2.4" };
        var statuses = Enum.GetValues<RiskStatus>();
        var items = Enumerable.Range(1, risks).Select(i =>
        {
            var likelihood = (i % 5) + 1;
            var impact = (i / 5 % 5) + 1;
            var level = method.LevelOf(likelihood, impact);
            var status = statuses[i % statuses.Length];
            var treated = status is RiskStatus.TreatmentPlanned or RiskStatus.Treated || (status == RiskStatus.Accepted && i % 2 == 0);
            var residual = method.LevelOf(Math.Max(1, likelihood - 2), Math.Max(1, impact - 1));
            var owner = "teams:tenant-1:owner-" + (i % 50).ToString(CultureInfo.InvariantCulture);
            return new Risk
            {
                Id = RiskIds.Format(i),
                Number = i,
                Title = "Risk " + i.ToString(CultureInfo.InvariantCulture) + (i % 7 == 0 ? " refund answers wrong" : " model drift after retraining"),
                SystemId = i % 10 == 0 ? "" : "AI-" + ((i % systems) + 1).ToString("0000", CultureInfo.InvariantCulture),
                ImpactAssessmentId = i % 10 != 0 && (i % systems) + 1 <= assessments && i % 4 == 1 ? "IA-" + ((i % systems) + 1).ToString("0000", CultureInfo.InvariantCulture) : "",
                Source = (RiskSource)((i % 12) + 1),
                Scenario = "A retrained model drifts from its validated behaviour and gives customers wrong answers about their refunds.",
                ConsequenceOrganisation = "Refunds paid outside policy",
                ConsequenceIndividuals = "Customers misled about their rights",
                ConsequenceSociety = "none",
                Likelihood = likelihood,
                Impact = impact,
                Level = level.Name,
                LevelRank = method.RankOf(level.Name),
                ExistingControls = ["A.6.2.4", "27001:A.8.29"],
                OwnerKey = owner,
                OwnerName = "Owner " + (i % 50).ToString(CultureInfo.InvariantCulture),
                Status = status,
                Treatment = treated ? new RiskTreatment
                {
                    Option = TreatmentOption.Modify,
                    Controls = [controls[i % controls.Length], controls[(i + 1) % controls.Length]],
                    Plan = "Retest before each release.",
                    OwnerKey = owner,
                    OwnerName = "Owner " + (i % 50).ToString(CultureInfo.InvariantCulture),
                    DueDate = now.AddDays((i % 90) - 30),
                    ResidualLikelihood = Math.Max(1, likelihood - 2),
                    ResidualImpact = Math.Max(1, impact - 1),
                    ResidualLevel = residual.Name,
                    ResidualRank = method.RankOf(residual.Name),
                    PlannedAt = now,
                } : null,
                MethodVersion = method.Stamp,
                NextReview = now.AddDays((i % 400) - 100),
                RaisedByKey = owner,
                RaisedByName = "Owner " + (i % 50).ToString(CultureInfo.InvariantCulture),
                RaisedAt = now,
                UpdatedAt = now,
            };
        });
        database.InTransaction(() =>
        {
            database.Collection<Risk>(RiskCollections.Risks).InsertBulk(items);
            return database.Collection<Counter>(CollectionNames.Counters).Upsert(new Counter { Id = RiskCollections.RiskCounter, Value = risks });
        });
    }
}
