using AimsBot.Core.Governance;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// The inventory in PostgreSQL. Numbers come from a counter row (locked until the commit, so two
/// instances never hand out the same AI-0001). Nothing is cached in memory: another instance may
/// have written since, so the duplicate check reads the names from the database each time.
/// </summary>
public sealed class PgAiSystemStore(PgDatabase database) : IAiSystemStore
{
    private const string Counter = "aisystem";
    private const string ByNumber = "(data->>'Number')::int";
    private const string Mine = "(data->>'RequesterKey' = $2 OR data->>'BusinessOwnerKey' = $2)";
    private const string Live = "data->>'Stage' <> 'Retired'";

    private readonly PgDocuments<AiSystem> _systems = new(database, PgCollections.AiSystems, x => x.Id);

    public AiSystem Add(AiSystem draft) => database.InTransaction(() =>
    {
        var number = (int)PgCollections.NextCounter(database, Counter);
        draft.Number = number;
        draft.Id = SystemNames.FormatId(number);
        draft.NormalizedName = SystemNames.Normalize(draft.Name);
        _systems.Insert(draft);
        return draft;
    });

    public AiSystem? Get(string id) => _systems.Find(id);

    public AiSystem? FindBySourceCard(string cardId) =>
        string.IsNullOrEmpty(cardId) ? null : _systems.Where("data->>'SourceCardId' = $2", null, cardId).FirstOrDefault();

    public IReadOnlyList<AiSystem> FindSimilar(string name)
    {
        var normalized = SystemNames.Normalize(name);
        if (normalized.Length == 0)
        {
            return [];
        }

        var names = new SystemNameIndex();
        foreach (var (id, stored) in database.Query(
            "SELECT id, coalesce(data->>'NormalizedName', '') FROM documents WHERE collection = $1",
            r => (r.GetString(0), r.GetString(1)),
            PgCollections.AiSystems))
        {
            names.Set(id, stored);
        }

        return [.. names.FindSimilar(normalized, take: 5).Select(_systems.Find).OfType<AiSystem>()];
    }

    public IReadOnlyList<AiSystem> List(int skip, int take, string? personKey = null, bool includeRetired = false)
    {
        var condition = Condition(personKey, includeRetired);
        var page = $"{ByNumber} DESC OFFSET {Math.Max(0, skip)} LIMIT {Math.Max(0, take)}";
        return personKey is null ? _systems.Where(condition, page) : _systems.Where(condition, page, personKey);
    }

    public int Count(string? personKey = null, bool includeRetired = false)
    {
        var condition = Condition(personKey, includeRetired);
        return personKey is null ? _systems.Count(condition) : _systems.Count(condition, personKey);
    }

    public void Update(AiSystem system)
    {
        system.NormalizedName = SystemNames.Normalize(system.Name);
        _systems.Update(system);
    }

    public IEnumerable<AiSystem> All() => _systems.All(ByNumber);

    /// <summary>Read on every call: another instance may have written since, so nothing is kept in memory.</summary>
    public IReadOnlyList<SystemHeader> Headers() => [.. All().Select(SystemHeader.Of)];

    private static string Condition(string? personKey, bool includeRetired) => (personKey, includeRetired) switch
    {
        (null, true) => "true",
        (null, false) => Live,
        (_, true) => Mine,
        _ => Mine + " AND " + Live,
    };
}
