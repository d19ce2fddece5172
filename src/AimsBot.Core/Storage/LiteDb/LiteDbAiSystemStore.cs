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

    public IReadOnlyList<AiSystem> List(int skip, int take, string? personKey = null)
    {
        var query = Systems.Query();
        if (personKey is not null)
        {
            query = query.Where(x => x.RequesterKey == personKey || x.BusinessOwnerKey == personKey);
        }

        return [.. query.OrderByDescending(x => x.Number).Skip(skip).Limit(take).ToEnumerable()];
    }

    public int Count(string? personKey = null) => personKey is null
        ? Systems.Count()
        : Systems.Count(x => x.RequesterKey == personKey || x.BusinessOwnerKey == personKey);

    public void Update(AiSystem system)
    {
        system.NormalizedName = SystemNames.Normalize(system.Name);
        Systems.Update(system);
        lock (_gate)
        {
            Names()?.Set(system.Id, system.NormalizedName);
        }
    }

    public IEnumerable<AiSystem> All() => Systems.Query().OrderBy(x => x.Number).ToEnumerable();

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
