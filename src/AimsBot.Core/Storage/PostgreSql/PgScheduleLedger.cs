using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// What the scheduler has done. Every instance plans the same ticks; the deterministic entry ids are
/// the primary key, so the first instance to commit an entry (with its messages) wins and the others'
/// inserts of it change nothing.
/// </summary>
public sealed class PgScheduleLedger(PgDatabase database) : IScheduleLedger
{
    private readonly PgDocuments<LedgerEntry> _entries = new(database, PgCollections.Ledger, x => x.Id);

    public bool Contains(string id) => _entries.Exists(id);

    public IReadOnlySet<string> Recorded(IEnumerable<string> ids)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToArray();
        return wanted.Length == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : database.Query("SELECT id FROM documents WHERE collection = $1 AND id = ANY($2)", r => r.GetString(0), PgCollections.Ledger, wanted).ToHashSet(StringComparer.Ordinal);
    }

    public LedgerEntry? Latest(string kind, string recipientKey) =>
        _entries.Where("data->>'RecipientKey' = $2 AND data->>'Kind' = $3", "(data->>'DueAt')::timestamptz DESC, id", recipientKey, kind).FirstOrDefault();

    public void Record(IEnumerable<LedgerEntry> entries) => database.InTransaction(() =>
    {
        foreach (var entry in entries)
        {
            _entries.TryInsert(entry);
        }

        return 0;
    });
}
