using AimsBot.Core.Delivery;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>The processed-turn records; the primary key makes a turn run at most once across instances (a second commit of the same key fails and is rolled back).</summary>
public sealed class PgProcessedTurns(PgDatabase database, TimeProvider time) : IProcessedTurns
{
    public bool Contains(string deliveryKey) => database.Scalar<int>("SELECT count(*) FROM processed_turns WHERE delivery_key = $1", deliveryKey) > 0;

    /// <summary>Records the turn (inside its transaction, sent with the turn's next statement; a second record of the key fails there).</summary>
    public void Record(string deliveryKey, long? inboxId) =>
        database.Write("INSERT INTO processed_turns (delivery_key, inbox_id, processed_at) VALUES ($1, $2, $3)", deliveryKey, inboxId, time.GetUtcNow().UtcDateTime);

    public void RecordFailure(string deliveryKey, long? inboxId, string error) =>
        database.Execute(
            "INSERT INTO processed_turns (delivery_key, inbox_id, processed_at, error) VALUES ($1, $2, $3, $4) ON CONFLICT (delivery_key) DO UPDATE SET inbox_id = excluded.inbox_id, processed_at = excluded.processed_at, error = excluded.error",
            deliveryKey,
            inboxId,
            time.GetUtcNow().UtcDateTime,
            error);

    public void RecordSettled(IEnumerable<string> deliveryKeys)
    {
        var keys = deliveryKeys.Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length > 0)
        {
            database.Execute(
                "INSERT INTO processed_turns (delivery_key, processed_at) SELECT k, $2 FROM unnest($1::text[]) AS k ON CONFLICT (delivery_key) DO NOTHING",
                keys,
                time.GetUtcNow().UtcDateTime);
        }
    }

    public ProcessedTurn? Find(string deliveryKey) => database.Query(
        "SELECT delivery_key, inbox_id, processed_at, error FROM processed_turns WHERE delivery_key = $1",
        r => new ProcessedTurn
        {
            Id = r.GetString(0),
            InboxId = r.IsDBNull(1) ? null : r.GetInt64(1),
            ProcessedAt = DateTime.SpecifyKind(r.GetDateTime(2), DateTimeKind.Utc),
            Error = r.IsDBNull(3) ? null : r.GetString(3),
        },
        deliveryKey).FirstOrDefault();

    public long LastInboxId() => database.Scalar<long>("SELECT coalesce(max(inbox_id), 0) FROM processed_turns WHERE inbox_id > 0");

    /// <summary>The inbox lives in this database, so the two are always linked.</summary>
    public string? LinkedInbox() => InboxLinker.SameDatabase;

    public void LinkInbox(string generation, bool forgetPositions)
    {
    }

    public int Purge(TimeSpan retention) => database.Execute(
        "DELETE FROM processed_turns WHERE processed_at < $1 AND (inbox_id IS NULL OR inbox_id < (SELECT coalesce(max(inbox_id), 0) FROM processed_turns WHERE inbox_id > 0))",
        time.GetUtcNow().UtcDateTime - retention);
}
