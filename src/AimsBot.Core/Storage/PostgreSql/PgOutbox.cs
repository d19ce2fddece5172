using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>The outbox in PostgreSQL: the idempotency key is unique, so the same reply is queued once whichever instance queues it.</summary>
public sealed class PgOutbox(PgDatabase database, IConversationStore conversations, OutboxSignal signal, TimeProvider time) : IOutbox
{
    public OutboxEnqueueResult Enqueue(ConversationRef origin, IEnumerable<Reply> replies, string idempotencyPrefix, bool newPrefix = false)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var unreachable = new List<string>();
        var items = new List<OutboxItem>();
        var index = 0;
        foreach (var reply in replies)
        {
            var key = reply.IdempotencyKey ?? (idempotencyPrefix + ":" + index.ToString(CultureInfo.InvariantCulture));
            index++;
            var target = reply.RecipientUserKey is { } user ? conversations.FindPersonal(user) : origin;
            if (target is null)
            {
                unreachable.Add(reply.RecipientUserKey!);
                continue;
            }

            var notBefore = reply.NotBefore?.UtcDateTime;
            items.Add(new OutboxItem
            {
                IdempotencyKey = key,
                Conversation = DeliveryJson.Write(target),
                Reply = DeliveryJson.Write(reply),
                CreatedAt = now,
                NotBefore = notBefore,
                NextAttemptAt = notBefore > now ? notBefore : now,
                Redact = reply.Redact,
            });
        }

        var queued = items.Count == 0 ? 0 : InsertAll(database, items);
        if (queued > 0)
        {
            // After the turn's commit: the sender reads on its own connection and would not see the rows yet.
            database.AfterCommit(signal.Signal.Set);
        }

        return new OutboxEnqueueResult(queued, unreachable);
    }

    /// <summary>Inserts new items in order in one statement, skipping keys queued already; returns how many were inserted.</summary>
    public static int InsertAll(PgDatabase database, IReadOnlyList<OutboxItem> items) => database.Execute(
        """
        INSERT INTO outbox (idempotency_key, conversation, state, next_attempt_at, data, reply)
        SELECT k, c, s, n, d::jsonb, r FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[]) WITH ORDINALITY AS x(k, c, s, n, d, r, o)
        ORDER BY o ON CONFLICT (idempotency_key) DO NOTHING
        """,
        items.Select(x => x.IdempotencyKey).ToArray(),
        items.Select(x => x.Conversation).ToArray(),
        items.Select(x => x.State.ToString()).ToArray(),
        PgDatabase.Times(items.Select(x => x.NextAttemptAt)),
        items.Select(x => PgJson.Write(x)).ToArray(),
        items.Select(x => x.Reply).ToArray());

    /// <summary>Inserts the item (a copied one may hold its conversation already) unless its key is queued already; returns 1 when it was.</summary>
    public static int Insert(PgDatabase database, OutboxItem item) => database.Execute(
        "INSERT INTO outbox (idempotency_key, conversation, state, next_attempt_at, sent_at, data, reply, holds) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING",
        item.IdempotencyKey,
        item.Conversation,
        item.State.ToString(),
        PgDatabase.Time(item.NextAttemptAt),
        PgDatabase.Time(item.SentAt),
        PgDatabase.Json(PgJson.Write(item)),
        item.Reply,
        item.State == OutboxState.Pending && item.HoldsConversation);
}
