using AimsBot.Core.Governance.Risks;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The risk register in LiteDB, with its headers in memory (<see cref="RiskIndex"/>) so lists, the heat
/// map and the control links do not read every document. The index is loaded on first use, kept up to
/// date as risks are written, and reloaded after any rolled-back transaction.
/// </summary>
public sealed class LiteDbRiskStore(AimsDatabase database) : IRiskStore
{
    private readonly Lock _gate = new();
    private RiskIndex? _index;
    private long _generation;

    private ILiteCollection<Risk> Risks => database.Collection<Risk>(RiskCollections.Risks);

    public Risk Add(Risk draft)
    {
        lock (_gate)
        {
            return database.InTransaction(() =>
            {
                // The counter only moves forward, so ids are never reused.
                var counters = database.Collection<Counter>(CollectionNames.Counters);
                var counter = counters.FindById(RiskCollections.RiskCounter) ?? new Counter { Id = RiskCollections.RiskCounter };
                counter.Value++;
                counters.Upsert(counter);
                draft.Number = counter.Value;
                draft.Id = RiskIds.Format(counter.Value);
                Risks.Insert(draft);
                Cached()?.Set(draft);
                return draft;
            });
        }
    }

    public Risk? Get(string id) => Risks.FindById(id);

    public Risk? FindBySourceCard(string cardId) =>
        string.IsNullOrEmpty(cardId) ? null : Risks.FindOne(x => x.SourceCardId == cardId);

    public void Update(Risk risk)
    {
        lock (_gate)
        {
            Risks.Update(risk);
            Cached()?.Set(risk);
        }
    }

    public RiskPage Find(RiskFilter filter, int skip, int take)
    {
        (IReadOnlyList<string> Ids, int Total) found;
        lock (_gate)
        {
            found = Index().Find(filter, skip, take);
        }

        return new RiskPage([.. found.Ids.Select(id => Risks.FindById(id)).OfType<Risk>()], found.Total);
    }

    public RiskGrid Grid(string? systemId, int likelihoods, int impacts)
    {
        lock (_gate)
        {
            return Index().Grid(systemId, likelihoods, impacts);
        }
    }

    public IReadOnlyList<string> TreatedBy(string controlId)
    {
        lock (_gate)
        {
            return Index().TreatedBy(controlId);
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> TreatmentLinks()
    {
        lock (_gate)
        {
            return Index().TreatmentLinks();
        }
    }

    public IReadOnlySet<string> SystemsWithRisks()
    {
        lock (_gate)
        {
            return Index().SystemsWithRisks();
        }
    }

    public IReadOnlyList<RiskHeader> Headers()
    {
        lock (_gate)
        {
            return Index().Headers();
        }
    }

    public bool AnyAssessedWith(string methodStamp) => Risks.Exists(x => x.MethodVersion == methodStamp);

    public IReadOnlyList<Risk> FromAssessment(string impactAssessmentId) =>
        string.IsNullOrEmpty(impactAssessmentId) ? [] : [.. Risks.Find(x => x.ImpactAssessmentId == impactAssessmentId).OrderBy(x => x.Number)];

    /// <summary>
    /// Every risk in number order: read in the collection's natural order and sorted here (an ordered query
    /// walks the index and fetches each document on its own, or sorts through LiteDB's temporary pages).
    /// </summary>
    public IEnumerable<Risk> All()
    {
        var all = Risks.FindAll().ToList();
        all.Sort(static (a, b) => a.Number.CompareTo(b.Number));
        return all;
    }

    /// <summary>The index, loading it when missing or stale (called under the lock).</summary>
    private RiskIndex Index()
    {
        if (Cached() is { } index)
        {
            return index;
        }

        index = new RiskIndex();
        foreach (var risk in Risks.FindAll())
        {
            index.Set(risk);
        }

        _index = index;
        _generation = database.Rollbacks;
        return index;
    }

    /// <summary>The index if it is loaded and no transaction rolled back since (called under the lock).</summary>
    private RiskIndex? Cached()
    {
        if (_index is not null && _generation != database.Rollbacks)
        {
            _index = null;
        }

        return _index;
    }
}
