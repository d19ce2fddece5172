using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The outbox in LiteDB: replies are stored with an idempotency key and drained by the sender. Once
/// they are committed, the new rows are also handed to the sender in memory (<see cref="OutboxHandoff"/>)
/// and the sender is woken.
/// </summary>
public sealed class LiteDbOutbox(AimsDatabase database, IConversationStore conversations, OutboxSignal signal, TimeProvider time, OutboxHandoff? handoff = null) : IOutbox
{
    private static readonly ParsedQuery ByKey = new("$.IdempotencyKey = @0");

    public OutboxEnqueueResult Enqueue(ConversationRef origin, IEnumerable<Reply> replies, string idempotencyPrefix, bool newPrefix = false)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var unreachable = new List<string>();
        var items = new List<(OutboxItem Item, bool New)>();
        var index = 0;
        foreach (var reply in replies)
        {
            var key = reply.IdempotencyKey ?? (idempotencyPrefix + ":" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            index++;
            var target = reply.RecipientUserKey is { } user ? conversations.FindPersonal(user) : origin;
            if (target is null)
            {
                unreachable.Add(reply.RecipientUserKey!);
                continue;
            }

            var notBefore = reply.NotBefore?.UtcDateTime;
            var item = new OutboxItem
            {
                IdempotencyKey = key,
                Conversation = DeliveryJson.Write(target),
                Reply = DeliveryJson.Write(reply),
                CreatedAt = now,
                NotBefore = notBefore,
                NextAttemptAt = notBefore > now ? notBefore : now,
                Redact = reply.Redact,
            };
            items.Add((item, newPrefix && reply.IdempotencyKey is null));
        }

        var queued = items.Count == 0 ? 0 : database.InTransaction(() =>
        {
            var outbox = database.Collection<OutboxItem>(CollectionNames.Outbox);
            var inserted = new List<OutboxItem>(items.Count);
            foreach (var (item, isNew) in items)
            {
                // FindOne rather than Exists: Exists parses its own projection on every call.
                if (isNew || outbox.FindOne(ByKey.With(item.IdempotencyKey)) is null)
                {
                    outbox.Insert(item);
                    inserted.Add(item);
                }
            }

            if (inserted.Count > 0)
            {
                // Inside a turn's transaction this is its commit, not this call's end.
                database.AfterCommit(() =>
                {
                    handoff?.Add(inserted);
                    signal.Signal.Set();
                });
            }

            return inserted.Count;
        });

        return new OutboxEnqueueResult(queued, unreachable);
    }
}
