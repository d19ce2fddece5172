using AimsBot.Core.Governance;
using LiteDB;

namespace AimsBot.Core.Storage;

public sealed class LiteDbAiSystemStore(AimsDatabase database) : IAiSystemStore
{
    private readonly Lock _gate = new();

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

        // Exact matches come from the index; near matches need a scan of the names only.
        return [.. Systems.Query()
            .Select(x => new { x.Id, x.NormalizedName })
            .ToEnumerable()
            .Where(x => SystemNames.AreSimilar(x.NormalizedName, normalized))
            .Take(5)
            .Select(x => Systems.FindById(x.Id))];
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

    public void Update(AiSystem system) => Systems.Update(system);

    public IEnumerable<AiSystem> All() => Systems.Query().OrderBy(x => x.Number).ToEnumerable();
}
