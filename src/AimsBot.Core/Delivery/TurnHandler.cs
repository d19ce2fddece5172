using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Delivery;

/// <summary>
/// Runs a turn through the engine, one at a time (dialog state is read and written per turn), and
/// queues the replies. Shared by the background processor and the synchronous path.
/// Everything one turn writes (conversation, dialog state, domain records, audit, outbox, the inbox
/// item settled) commits in one LiteDB transaction: a crash leaves a turn wholly done or not at all,
/// and one commit per turn instead of ten keeps processing fast.
/// </summary>
public sealed class TurnHandler(ConversationEngine engine, IOutbox outbox, AimsDatabase database, OutboxSignal outboxSignal) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Runs the turn; replies for which <paramref name="keepInline"/> is true are returned instead of
    /// queued; <paramref name="settle"/> runs in the same transaction (the processor marks the inbox item done).
    /// </summary>
    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingTurn turn, Func<Reply, bool>? keepInline, CancellationToken cancellationToken, Action? settle = null)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return database.InTransaction(() => Run(turn, keepInline, settle, cancellationToken));
            }
            catch (DialogFailedException failed)
            {
                // The dialog's writes were rolled back with the transaction; the person still hears back.
                return database.InTransaction(() => Deliver(turn, [failed.Apology], keepInline, settle));
            }
            finally
            {
                // The outbox signalled inside the transaction, before the commit made the replies
                // visible to the sender's thread; wake it again now that they are committed.
                outboxSignal.Signal.Set();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private List<Reply> Run(IncomingTurn turn, Func<Reply, bool>? keepInline, Action? settle, CancellationToken cancellationToken)
    {
        // Dialogs work only with the stores (all platform I/O goes through the outbox), so a turn
        // completes synchronously on this thread, inside its transaction. One that did not would
        // leave the transaction's thread: fail it loudly instead (it is rolled back and retried).
        var running = engine.RunAsync(turn, cancellationToken);
        if (!running.IsCompleted)
        {
            throw new InvalidOperationException("A dialog awaited real I/O inside a turn; dialogs must only use the stores and reply through the outbox.");
        }

        return Deliver(turn, running.GetAwaiter().GetResult(), keepInline, settle);
    }

    private List<Reply> Deliver(IncomingTurn turn, IReadOnlyList<Reply> replies, Func<Reply, bool>? keepInline, Action? settle)
    {
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

        settle?.Invoke();
        return inline;
    }

    public void Dispose() => _gate.Dispose();

    private static Reply Unreachable(int count) => Reply.Say(count == 1
        ? "One person I should notify has not chatted with me yet, so I could not reach them. Ask them to say hello to me once."
        : $"{count} people I should notify have not chatted with me yet, so I could not reach them. Ask them to say hello to me once.");
}
