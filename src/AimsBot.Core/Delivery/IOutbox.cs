using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>Durable queue of replies to send; a background sender drains it with retries.</summary>
public interface IOutbox
{
    /// <summary>
    /// Queues the replies of a turn (or of a scheduler) for delivery. Replies to another person are
    /// routed to that person's personal conversation; those with none are reported in the result.
    /// A reply already queued under the same idempotency key is not queued again.
    /// </summary>
    /// <param name="newPrefix">
    /// True when nothing can have been queued under <paramref name="idempotencyPrefix"/> before: a turn's own
    /// delivery key, found unprocessed in the same transaction. Replies without a key of their own then skip
    /// the look-up for an earlier copy (the store still refuses a duplicate key).
    /// </param>
    OutboxEnqueueResult Enqueue(ConversationRef origin, IEnumerable<Reply> replies, string idempotencyPrefix, bool newPrefix = false);
}

/// <param name="Queued">How many messages were queued.</param>
/// <param name="Unreachable">User keys that have no personal conversation to send to.</param>
public sealed record OutboxEnqueueResult(int Queued, IReadOnlyList<string> Unreachable);
