using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>Durable queue of replies to send; a background sender drains it with retries.</summary>
public interface IOutbox
{
    /// <summary>
    /// Queues the replies of a turn (or of a scheduler) for delivery. Replies to another person are
    /// routed to that person's personal conversation; those with none are reported in the result.
    /// </summary>
    OutboxEnqueueResult Enqueue(ConversationRef origin, IEnumerable<Reply> replies, string idempotencyPrefix);
}

/// <param name="Queued">How many messages were queued.</param>
/// <param name="Unreachable">User keys that have no personal conversation to send to.</param>
public sealed record OutboxEnqueueResult(int Queued, IReadOnlyList<string> Unreachable);
