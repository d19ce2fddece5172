using AimsBot.Core.Governance.Impact;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The impact assessments in LiteDB, numbered by a counter that only moves forward.</summary>
public sealed class LiteDbImpactStore(AimsDatabase database) : IImpactStore
{
    private ILiteCollection<ImpactAssessment> Impacts => database.Collection<ImpactAssessment>(RiskCollections.Impacts);

    public ImpactAssessment Add(ImpactAssessment assessment) => database.InTransaction(() =>
    {
        var counters = database.Collection<Counter>(CollectionNames.Counters);
        var counter = counters.FindById(RiskCollections.ImpactCounter) ?? new Counter { Id = RiskCollections.ImpactCounter };
        counter.Value++;
        counters.Upsert(counter);
        assessment.Number = counter.Value;
        assessment.Id = ImpactIds.Format(counter.Value);
        Impacts.Insert(assessment);
        return assessment;
    });

    public ImpactAssessment? Get(string id) => Impacts.FindById(id);

    public ImpactAssessment? FindBySourceCard(string cardId) =>
        string.IsNullOrEmpty(cardId) ? null : Impacts.FindOne(x => x.SourceCardId == cardId);

    public void Update(ImpactAssessment assessment) => Impacts.Update(assessment);

    public IReadOnlyList<ImpactAssessment> ForSystem(string systemId) =>
        [.. Impacts.Find(x => x.SystemId == systemId).OrderBy(x => x.Version)];

    // Natural order, sorted in memory: cheaper than walking the Number index for a whole collection.
    public IReadOnlyList<ImpactAssessment> All() => [.. Impacts.FindAll().OrderBy(x => x.Number)];
}
