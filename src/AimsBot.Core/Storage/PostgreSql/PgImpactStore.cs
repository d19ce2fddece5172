using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>The impact assessments in PostgreSQL, numbered by the shared counter row (never reused, even across instances).</summary>
public sealed class PgImpactStore(PgDatabase database) : IImpactStore
{
    private readonly PgDocuments<ImpactAssessment> _impacts = new(database, RiskCollections.Impacts, x => x.Id);

    public ImpactAssessment Add(ImpactAssessment assessment) => database.InTransaction(() =>
    {
        var number = (int)PgCollections.NextCounter(database, RiskCollections.ImpactCounter);
        assessment.Number = number;
        assessment.Id = ImpactIds.Format(number);
        _impacts.Insert(assessment);
        return assessment;
    });

    public ImpactAssessment? Get(string id) => string.IsNullOrEmpty(id) ? null : _impacts.Find(id);

    public ImpactAssessment? FindBySourceCard(string cardId) =>
        string.IsNullOrEmpty(cardId) ? null : _impacts.Where("data->>'SourceCardId' = $2", null, cardId).FirstOrDefault();

    public void Update(ImpactAssessment assessment) => _impacts.Update(assessment);

    public IReadOnlyList<ImpactAssessment> ForSystem(string systemId) =>
        [.. _impacts.Where("data->>'SystemId' = $2", null, systemId).OrderBy(x => x.Version)];

    public IReadOnlyList<ImpactAssessment> All() => [.. _impacts.All().OrderBy(x => x.Number)];
}
