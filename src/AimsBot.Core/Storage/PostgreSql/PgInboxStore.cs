using System.Text.Json;
using AimsBot.Core.Delivery;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// The inbox in the shared database. Any instance acknowledges (a group commit is one multi-row
/// insert; the delivery key is unique, so a redelivery that reaches another instance is not stored
/// twice); any instance processes (<see cref="RunBatch"/>: <c>FOR UPDATE SKIP LOCKED</c>, and a
/// turn is not handed out while an earlier turn of its conversation waits). A processed turn is
/// deleted in the transaction that ran it, so the table holds only what still waits. Positions
/// (<see cref="After"/>, <see cref="CountAfter"/>) belong to the single-process inbox and are not
/// used here: the competing processor reads through <see cref="TryRunNext"/>.
/// </summary>
public sealed class PgInboxStore(PgDatabase database) : IInboxStore, ICompetingInbox
{
    private const string Columns = "id, delivery_key, turn, received_at";

    /// <summary>A claimed turn: its columns, its conversation, and whether it ran already (a redelivery).</summary>
    private const string Claimed =
        "i.id, i.delivery_key, i.turn, i.received_at, i.conversation_key, EXISTS (SELECT 1 FROM processed_turns p WHERE p.delivery_key = i.delivery_key)";

    /// <summary>How many of the oldest turns per turn wanted a claim looks at before it looks at every waiting conversation.</summary>
    private const int WindowPerTake = 8;

    public long LastId() => database.Scalar<long>("SELECT coalesce(max(id), 0) FROM inbox");

    public IReadOnlyList<string> NewestKeys(int count) =>
        [.. Enumerable.Reverse(database.Query("SELECT delivery_key FROM inbox ORDER BY id DESC LIMIT $1", r => r.GetString(0), count))];

    /// <summary>Stores the turns in one statement; their ids come from the table's sequence (the writer's numbering is ignored), a key already waiting is skipped.</summary>
    public void Append(IReadOnlyList<InboxItem> items, DateTime receivedAt)
    {
        if (items.Count == 0)
        {
            return;
        }

        database.Execute(
            "INSERT INTO inbox (delivery_key, conversation_key, turn, received_at) SELECT k, c, t, $4 FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS x(k, c, t, n) ORDER BY n ON CONFLICT (delivery_key) DO NOTHING",
            items.Select(x => x.DeliveryKey).ToArray(),
            items.Select(ConversationKey).ToArray(),
            items.Select(x => x.Turn).ToArray(),
            receivedAt);
    }

    /// <summary>PostgreSQL checkpoints on its own.</summary>
    public void TurnOffAutomaticCheckpoints()
    {
    }

    /// <summary>PostgreSQL checkpoints on its own.</summary>
    public void Checkpoint()
    {
    }

    public IReadOnlyList<InboxItem> After(long position, int take) =>
        database.Query($"SELECT {Columns} FROM inbox WHERE id > $1 ORDER BY id LIMIT $2", Read, position, take);

    /// <summary>The inbox is a table of the main database: it cannot be replaced on its own.</summary>
    public string Generation() => InboxLinker.SameDatabase;

    /// <summary>Not kept: the competing processor removes each turn in the transaction that runs it.</summary>
    public long ProcessedMark() => 0;

    public void MarkProcessed(long position)
    {
    }

    /// <summary>How many turns wait (every row of the table waits; <paramref name="position"/> is not used).</summary>
    public int CountAfter(long position) => database.Scalar<int>("SELECT count(*) FROM inbox");

    /// <summary>Nothing to purge: processed turns leave the table in their own transaction.</summary>
    public int PurgeOldest(DateTime cutoff, long position, int take) => 0;

    public bool TryRunNext(Action<InboxItem> run) => RunBatch(1, run) > 0;

    /// <summary>
    /// Claims up to <paramref name="take"/> conversation heads (the oldest waiting turn of each
    /// conversation no other instance holds: <c>FOR UPDATE SKIP LOCKED</c>), takes their conversations'
    /// advisory locks in one statement, runs each turn not yet processed (a turn already run, by a
    /// redelivery to another instance, is only removed), removes them all, and commits once.
    /// Heads are looked for among the oldest <see cref="WindowPerTake"/> × <paramref name="take"/> turns
    /// first; only when those give too few, and more turns wait, among every waiting conversation's
    /// oldest turn (one index probe per conversation). So a claim never walks a long backlog turn by
    /// turn while another instance holds the heads at its front, and a conversation whose turns all
    /// wait behind a flood of another's is still reached.
    /// </summary>
    public int RunBatch(int take, Action<InboxItem> run) => database.InTransaction(() =>
    {
        var window = take * WindowPerTake;
        var claimed = database.Query(
            $"""
            SELECT {Claimed} FROM inbox i WHERE i.id = ANY (ARRAY (SELECT id FROM inbox ORDER BY id LIMIT $2))
              AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.conversation_key = i.conversation_key AND e.id < i.id)
            ORDER BY i.id LIMIT $1 FOR UPDATE OF i SKIP LOCKED
            """,
            ReadClaimed,
            take,
            window);
        if (claimed.Count < take)
        {
            claimed.AddRange(database.Query(
                $"""
                WITH RECURSIVE waiting AS (
                    (SELECT conversation_key AS k FROM inbox ORDER BY conversation_key LIMIT 1)
                    UNION ALL
                    SELECT (SELECT conversation_key FROM inbox WHERE conversation_key > w.k ORDER BY conversation_key LIMIT 1) FROM waiting w WHERE w.k IS NOT NULL)
                SELECT {Claimed} FROM inbox i
                WHERE (SELECT count(*) FROM (SELECT 1 FROM inbox LIMIT $3) AS n) = $3
                  AND i.id = ANY (ARRAY (SELECT (SELECT min(h.id) FROM inbox h WHERE h.conversation_key = w.k) FROM waiting w WHERE w.k IS NOT NULL))
                  AND i.id <> ALL($2)
                ORDER BY i.id LIMIT $1 FOR UPDATE OF i SKIP LOCKED
                """,
                ReadClaimed,
                take - claimed.Count,
                claimed.Select(x => x.Item.Id).ToArray(),
                window + 1));
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        database.LockConversations([.. claimed.Select(x => x.Conversation)]);
        foreach (var (item, _, processed) in claimed.OrderBy(x => x.Item.Id))
        {
            if (!processed)
            {
                run(item);
            }
        }

        database.Write("DELETE FROM inbox WHERE id = ANY($1)", claimed.Select(x => x.Item.Id).ToArray());
        return claimed.Count;
    });

    private static (InboxItem Item, string Conversation, bool Processed) ReadClaimed(Npgsql.NpgsqlDataReader r) =>
        (Read(r), r.GetString(4), r.GetBoolean(5));

    private static InboxItem Read(Npgsql.NpgsqlDataReader r) => new()
    {
        Id = r.GetInt64(0),
        DeliveryKey = r.GetString(1),
        Turn = r.GetString(2),
        ReceivedAt = DateTime.SpecifyKind(r.GetDateTime(3), DateTimeKind.Utc),
    };

    private static string ConversationKey(InboxItem item)
    {
        try
        {
            return DeliveryJson.ReadTurn(item.Turn).Conversation.Key;
        }
        catch (JsonException)
        {
            // An unreadable turn is given up on by the processor; it blocks no conversation but its own.
            return "unreadable:" + item.DeliveryKey;
        }
    }
}
