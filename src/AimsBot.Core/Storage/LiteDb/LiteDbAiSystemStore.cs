using AimsBot.Core.Governance;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The inventory in LiteDB. Two views are held in memory: the normalised names (duplicate checks) and the
/// headers (planner, digests, lists), so neither reads every document per call. Both are loaded together on
/// first use, kept up to date as systems are written, and reloaded after any rolled-back transaction. Locks
/// are always taken in one order, the database's (a transaction) and then this store's.
/// </summary>
public sealed class LiteDbAiSystemStore(AimsDatabase database) : IAiSystemStore
{
    private readonly Lock _gate = new();
    private SystemNameIndex? _names;
    private SystemHeaderIndex? _headers;
    private long _generation;
    private long _writes;

    private ILiteCollection<AiSystem> Systems => database.Collection<AiSystem>(CollectionNames.AiSystems);

    public AiSystem Add(AiSystem draft) => database.InTransaction(() =>
    {
        // The counter only moves forward, so ids are never reused even if a record were removed.
        var counters = database.Collection<Counter>(CollectionNames.Counters);
        var counter = counters.FindById("aisystem") ?? new Counter { Id = "aisystem" };
        counter.Value++;
        counters.Upsert(counter);
        draft.Number = counter.Value;
        draft.Id = SystemNames.FormatId(counter.Value);
        draft.NormalizedName = SystemNames.Normalize(draft.Name);
        Systems.Insert(draft);
        Written(draft);
        return draft;
    });

    public AiSystem? Get(string id) => Systems.FindById(id);

    public AiSystem? FindBySourceCard(string cardId) =>
        string.IsNullOrEmpty(cardId) ? null : Systems.FindOne(x => x.SourceCardId == cardId);

    public IReadOnlyList<AiSystem> FindSimilar(string name)
    {
        var normalized = SystemNames.Normalize(name);
        if (normalized.Length == 0)
        {
            return [];
        }

        var matches = Loaded<List<string>>(() => [.. _names!.FindSimilar(normalized, take: 5)]);
        return [.. matches.Select(id => Systems.FindById(id)).OfType<AiSystem>()];
    }

    public IReadOnlyList<SystemHeader> Headers() => Loaded(() => _headers!.Headers());

    public IReadOnlyList<AiSystem> List(int skip, int take, string? personKey = null, bool includeRetired = false)
    {
        var newestFirst = personKey is null ? NewestFirst() : Of(personKey).OrderByDescending(x => x.Number);
        return [.. newestFirst.Where(x => includeRetired || x.Stage != LifecycleStage.Retired).Skip(skip).Take(take)];
    }

    public int Count(string? personKey = null, bool includeRetired = false) => (personKey, includeRetired) switch
    {
        (null, true) => Systems.Count(),
        (null, false) => Systems.Count() - Systems.Count(x => x.Stage == LifecycleStage.Retired),
        _ => Of(personKey).Count(x => includeRetired || x.Stage != LifecycleStage.Retired),
    };

    /// <summary>
    /// Every system, newest first, read lazily in ranges of the Number index (numbers come from a counter, so the
    /// newest are the highest): the first page reads a few dozen records. LiteDB would read and sort every record
    /// for a filter with a sort, which took most of a second with 10,000 systems.
    /// </summary>
    private IEnumerable<AiSystem> NewestFirst()
    {
        const int Range = 64;
        var top = database.Collection<Counter>(CollectionNames.Counters).FindById("aisystem")?.Value ?? 0;
        for (var high = top; high > 0; high -= Range)
        {
            var low = Math.Max(1, high - Range + 1);
            foreach (var system in Systems.Find(x => x.Number >= low && x.Number <= high).OrderByDescending(x => x.Number))
            {
                yield return system;
            }
        }
    }

    /// <summary>The systems a person registered or owns, each once.</summary>
    private IEnumerable<AiSystem> Of(string personKey) =>
        Systems.Find(x => x.RequesterKey == personKey).Concat(Systems.Find(x => x.BusinessOwnerKey == personKey)).DistinctBy(x => x.Number);

    public void Update(AiSystem system) => database.InTransaction(() =>
    {
        system.NormalizedName = SystemNames.Normalize(system.Name);
        Systems.Update(system);
        Written(system);
        return 0;
    });

    // Read a slice at a time along the Number index (no sort pages, and a few hundred documents held at once).
    public IEnumerable<AiSystem> All() => Systems.InSlices(nameof(AiSystem.Number), x => x.Number);

    /// <summary>Applies a write to the caches if they are loaded, and counts it (called inside the write's transaction).</summary>
    private void Written(AiSystem system)
    {
        lock (_gate)
        {
            _writes++;
            if (Valid())
            {
                _names!.Set(system.Id, system.NormalizedName);
                _headers!.Set(system);
            }
        }
    }

    /// <summary>
    /// Answers from the caches, loading them first when missing or stale. The inventory is read in slices
    /// (<see cref="LiteChunkedReads"/>) outside this store's lock, so the database's lock is never taken while
    /// holding this one; a write or rollback during the reading means reading again, and after a few such misses
    /// the reading runs inside one transaction (writers wait).
    /// </summary>
    private T Loaded<T>(Func<T> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            long writes;
            lock (_gate)
            {
                if (Valid())
                {
                    return read();
                }

                writes = _writes;
            }

            var rollbacks = database.Rollbacks;
            var (names, headers) = attempt < 3 ? Read() : database.InTransaction(Read);
            lock (_gate)
            {
                if (!Valid() && writes == _writes && rollbacks == database.Rollbacks)
                {
                    (_names, _headers, _generation) = (names, headers, rollbacks);
                }

                if (Valid())
                {
                    return read();
                }
            }
        }

        (SystemNameIndex, SystemHeaderIndex) Read()
        {
            var names = new SystemNameIndex();
            var headers = new SystemHeaderIndex();
            foreach (var system in Systems.InSlices(nameof(AiSystem.Number), x => x.Number))
            {
                names.Set(system.Id, system.NormalizedName);
                headers.Set(system);
            }

            return (names, headers);
        }
    }

    /// <summary>Whether the caches are loaded and no transaction rolled back since (called under the lock).</summary>
    private bool Valid()
    {
        if (_names is not null && _generation != database.Rollbacks)
        {
            (_names, _headers) = (null, null);
        }

        return _names is not null;
    }
}
