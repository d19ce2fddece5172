using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>
/// Runs a turn through the engine, one at a time (dialog state is read and written per turn), and
/// queues the replies. Shared by the background processor and the synchronous path.
/// </summary>
public sealed class TurnHandler(ConversationEngine engine, IOutbox outbox) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs the turn; replies for which <paramref name="keepInline"/> is true are returned instead of queued.</summary>
    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingTurn turn, Func<Reply, bool>? keepInline, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var replies = await engine.RunAsync(turn, cancellationToken);
            var inline = keepInline is null ? [] : replies.Where(keepInline).ToList();
            var queued = replies.Except(inline).ToList();
            if (queued.Count > 0)
            {
                var result = outbox.Enqueue(turn.Conversation, queued, InboxWriter.DeliveryKey(turn));
                if (result.Unreachable.Count > 0)
                {
                    outbox.Enqueue(turn.Conversation, [Unreachable(result.Unreachable.Count)], InboxWriter.DeliveryKey(turn) + ":unreachable");
                }
            }

            return inline;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static Reply Unreachable(int count) => Reply.Say(count == 1
        ? "One person I should notify has not chatted with me yet, so I could not reach them. Ask them to say hello to me once."
        : $"{count} people I should notify have not chatted with me yet, so I could not reach them. Ask them to say hello to me once.");
}
