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
    /// <summary>How many risks <see cref="All"/> reads per query: measured, 250 kept the export's GC to young generations.</summary>
    internal const int AllPage = 250;

    private readonly Lock _gate = new();
    private RiskIndex? _index;
    private long _generation;
    private long _writes;

    private ILiteCollection<Risk> Risks => database.Collection<Risk>(RiskCollections.Risks);

    private ILiteCollection<BsonDocument> Documents => database.Database.GetCollection(RiskCollections.Risks);

    public Risk Add(Risk draft) => database.InTransaction(() =>
    {
        // The counter only moves forward, so ids are never reused.
        var counters = database.Collection<Counter>(CollectionNames.Counters);
        var counter = counters.FindById(RiskCollections.RiskCounter) ?? new Counter { Id = RiskCollections.RiskCounter };
        counter.Value++;
        counters.Upsert(counter);
        draft.Number = counter.Value;
        draft.Id = RiskIds.Format(counter.Value);
        Risks.Insert(draft);
        Written(draft);
        return draft;
    });

    public Risk? Get(string id) => Risks.FindById(id);

    public Risk? FindBySourceCard(string cardId) =>
        string.IsNullOrEmpty(cardId) ? null : Risks.FindOne(x => x.SourceCardId == cardId);

    public void Update(Risk risk) => database.InTransaction(() =>
    {
        var updated = Risks.Update(risk);
        Written(risk);
        return updated;
    });

    public RiskPage Find(RiskFilter filter, int skip, int take)
    {
        var (ids, total) = Loaded(index => index.Find(filter, skip, take));
        return new RiskPage([.. ids.Select(id => Risks.FindById(id)).OfType<Risk>()], total);
    }

    public RiskGrid Grid(string? systemId, int likelihoods, int impacts) => Loaded(index => index.Grid(systemId, likelihoods, impacts));

    public IReadOnlyList<string> TreatedBy(string controlId) => Loaded(index => index.TreatedBy(controlId));

    public IReadOnlyDictionary<string, IReadOnlyList<string>> TreatmentLinks() => Loaded(index => index.TreatmentLinks());

    public IReadOnlySet<string> SystemsWithRisks() => Loaded(index => index.SystemsWithRisks());

    public IReadOnlyList<RiskHeader> Headers() => Loaded(index => index.Headers());

    public bool AnyAssessedWith(string methodStamp) => Risks.Exists(x => x.MethodVersion == methodStamp);

    public IReadOnlyList<Risk> FromAssessment(string impactAssessmentId) =>
        string.IsNullOrEmpty(impactAssessmentId) ? [] : [.. Risks.Find(x => x.ImpactAssessmentId == impactAssessmentId).OrderBy(x => x.Number)];

    /// <summary>
    /// Every risk in number order, read in slices of <see cref="AllPage"/> along the unique number index
    /// (<see cref="LiteChunkedReads"/>): one query over the register would hold every document at once, long enough
    /// for all of them to be promoted by the GC. Documents are read by <see cref="RiskDocuments"/> rather than the
    /// general mapper.
    /// </summary>
    public IEnumerable<Risk> All() =>
        Documents.InSlices(nameof(Risk.Number), document => document[nameof(Risk.Number)].AsInt32, AllPage).Select(RiskDocuments.Read);

    /// <summary>Applies a write to the index if it is loaded, and counts it (called inside the write's transaction).</summary>
    private void Written(Risk risk)
    {
        lock (_gate)
        {
            _writes++;
            Cached()?.Set(risk);
        }
    }

    /// <summary>
    /// Answers from the index, loading it first when missing or stale. The register is read in slices
    /// (<see cref="LiteChunkedReads"/>) outside this store's lock, so the database's lock is never taken while
    /// holding this one (a write inside a turn takes them in that order); a write or rollback during the reading
    /// means reading again, and after a few such misses the reading runs inside one transaction (writers wait).
    /// </summary>
    private T Loaded<T>(Func<RiskIndex, T> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            long writes;
            lock (_gate)
            {
                if (Cached() is { } cached)
                {
                    return read(cached);
                }

                writes = _writes;
            }

            var rollbacks = database.Rollbacks;
            var index = attempt < 3 ? Read() : database.InTransaction(Read);
            lock (_gate)
            {
                if (Cached() is { } cached)
                {
                    return read(cached);
                }

                if (writes == _writes && rollbacks == database.Rollbacks)
                {
                    (_index, _generation) = (index, rollbacks);
                    return read(index);
                }
            }
        }

        RiskIndex Read()
        {
            var index = new RiskIndex();
            foreach (var risk in Risks.InSlices(nameof(Risk.Number), x => x.Number))
            {
                index.Set(risk);
            }

            return index;
        }
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
