using AimsBot.Core.Governance;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbAiSystemStore(AimsDatabase database) : IAiSystemStore
{
    private readonly Lock _gate = new();

    // Normalised names, loaded once and indexed: reading every document from LiteDB, or comparing
    // with every name, for each duplicate check would grow with the inventory. Changes are applied
    // as they are written; a rolled-back transaction makes the whole index reload from the store.
    private SystemNameIndex? _names;
    private long _namesGeneration;

    private ILiteCollection<AiSystem> Systems => database.Collection<AiSystem>(CollectionNames.AiSystems);

    public AiSystem Add(AiSystem draft)
    {
        // The counter only moves forward, so ids are never reused even if a record were removed.
        lock (_gate)
        {
            return database.InTransaction(() =>
            {
                var counters = database.Collection<Counter>(CollectionNames.Counters);
                var counter = counters.FindById("aisystem") ?? new Counter { Id = "aisystem" };
                counter.Value++;
                counters.Upsert(counter);
                draft.Number = counter.Value;
                draft.Id = SystemNames.FormatId(counter.Value);
                draft.NormalizedName = SystemNames.Normalize(draft.Name);
                Systems.Insert(draft);
                Names()?.Set(draft.Id, draft.NormalizedName);
                return draft;
            });
        }
    }

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

        List<string> matches;
        lock (_gate)
        {
            if (Names() is null)
            {
                _names = new SystemNameIndex();
                foreach (var system in Systems.FindAll())
                {
                    _names.Set(system.Id, system.NormalizedName);
                }

                _namesGeneration = database.Rollbacks;
            }

            matches = [.. _names!.FindSimilar(normalized, take: 5)];
        }

        return [.. matches.Select(id => Systems.FindById(id)).OfType<AiSystem>()];
    }

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

    public void Update(AiSystem system)
    {
        system.NormalizedName = SystemNames.Normalize(system.Name);
        Systems.Update(system);
        lock (_gate)
        {
            Names()?.Set(system.Id, system.NormalizedName);
        }
    }

    // Read in storage order and sorted here: LiteDB's own ORDER BY sorts through its sort pages, many times slower.
    public IEnumerable<AiSystem> All() => Systems.FindAll().OrderBy(x => x.Number);

    /// <summary>The name cache if it is still valid (called under the lock).</summary>
    private SystemNameIndex? Names()
    {
        if (_names is not null && _namesGeneration != database.Rollbacks)
        {
            _names = null;
        }

        return _names;
    }
}
