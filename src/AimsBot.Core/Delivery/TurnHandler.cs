using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Delivery;

/// <summary>
/// Runs a turn through the engine, one at a time (dialog state is read and written per turn), and
/// queues the replies. Shared by the background processor and the synchronous path.
/// Everything one turn writes (conversation, dialog state, domain records, audit, outbox, and the
/// turn's delivery key in <see cref="IProcessedTurns"/>) commits in one transaction (<see cref="IUnitOfWork"/>): a crash
/// leaves a turn wholly done or not at all, a turn already run is recognised and not run again, and
/// one commit per turn instead of ten keeps processing fast; the background processor goes further and
/// runs a batch of inbox turns in one commit (<see cref="HandleBatch"/>).
/// </summary>
public sealed class TurnHandler(ConversationEngine engine, IOutbox outbox, IProcessedTurns processed, IUnitOfWork database, OutboxSignal outboxSignal, GivenUpTurns givenUp) : IDisposable
{
    private static readonly TurnOutcome AlreadyProcessed = new([], Duplicate: true);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Runs the turn unless its delivery key was run before; replies for which
    /// <paramref name="keepInline"/> is true are returned instead of queued. For request threads.
    /// </summary>
    public Task<TurnOutcome> HandleAsync(IncomingTurn turn, Func<Reply, bool>? keepInline, CancellationToken cancellationToken) =>
        HandleAsync(turn, keepInline is null ? null : replies => InlineSplit.Where(replies, keepInline), cancellationToken);

    /// <summary>
    /// Runs the turn unless its delivery key was run before; <paramref name="split"/> (called inside the
    /// turn's transaction) says which replies are returned for the HTTP response and which are queued in
    /// that same transaction, so a crash right after the commit loses nothing. For request threads.
    /// </summary>
    public async Task<TurnOutcome> HandleAsync(IncomingTurn turn, Func<IReadOnlyList<Reply>, InlineSplit>? split, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return HandleLocked(turn, split, inboxId: null, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The same for a turn from the inbox, blocking (for the processor's own thread); its inbox id is
    /// recorded with it, which is where the processor resumes after a restart.
    /// </summary>
    public TurnOutcome Handle(IncomingTurn turn, long inboxId, CancellationToken cancellationToken)
    {
        _gate.Wait(cancellationToken);
        try
        {
            return HandleLocked(turn, split: null, inboxId, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs inbox turns in arrival order in one transaction: one commit for all of them, the outbox
    /// rows and delivery keys with their effects. Any failure rolls the whole batch back (LiteDB has no
    /// savepoint to undo one turn alone) and is returned with the index of the turn that threw (-1 when
    /// the commit itself failed); the caller then commits the turns before it without it
    /// (<see cref="InboxTurnRunner"/>). A dialog failure is not answered here: alone, <see cref="Handle"/>
    /// rolls back its writes and answers it. A store that cannot be reached is thrown, as is cancellation.
    /// </summary>
    public TurnBatchResult HandleBatch(IReadOnlyList<InboxItem> items, CancellationToken cancellationToken)
    {
        var failing = -1;
        _gate.Wait(cancellationToken);
        try
        {
            database.InTransaction(() =>
            {
                // One look-up for the batch's keys (as accepted); a turn whose key differs is looked up alone.
                var looked = items.Select(x => x.DeliveryKey).ToHashSet(StringComparer.Ordinal);
                var done = processed.AmongProcessed(looked).ToHashSet(StringComparer.Ordinal);
                for (var i = 0; i < items.Count; i++)
                {
                    failing = i;
                    var turn = DeliveryJson.ReadTurn(items[i].Turn);
                    var key = InboxWriter.DeliveryKey(turn);
                    if (looked.Contains(key) ? !done.Contains(key) : !processed.Contains(key))
                    {
                        Run(turn, key, items[i].Id, split: null, cancellationToken);
                        done.Add(key);
                    }
                }

                failing = -1;
                return 0;
            });
            return TurnBatchResult.Committed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StoreUnavailableException)
        {
            return new TurnBatchResult(failing, ex);
        }
        finally
        {
            _gate.Release();
            outboxSignal.Signal.Set();
        }
    }

    /// <summary>
    /// Gives up on an inbox turn after its last attempt: recorded as processed with the error and a
    /// reference, and, when the turn can be read, the person is told (an apology with the reference),
    /// in one transaction. Returns the reference.
    /// </summary>
    public string GiveUp(IncomingTurn? turn, string deliveryKey, long inboxId, string error)
    {
        var reference = Guid.NewGuid().ToString("N")[..8];
        _gate.Wait();
        try
        {
            database.InTransaction(() =>
            {
                processed.RecordFailure(deliveryKey, inboxId, error + " (reference " + reference + ")");
                if (turn is not null)
                {
                    outbox.Enqueue(turn.Conversation, [GaveUp(reference)], deliveryKey + ":given-up");
                }

                return 0;
            });
        }
        finally
        {
            _gate.Release();
            outboxSignal.Signal.Set();
        }

        givenUp.Add();
        return reference;
    }

    private TurnOutcome HandleLocked(IncomingTurn turn, Func<IReadOnlyList<Reply>, InlineSplit>? split, long? inboxId, CancellationToken cancellationToken)
    {
        var key = InboxWriter.DeliveryKey(turn);
        try
        {
            return database.InTransaction(() => processed.Contains(key) ? AlreadyProcessed : Run(turn, key, inboxId, split, cancellationToken));
        }
        catch (DialogFailedException failed)
        {
            // The dialog's writes were rolled back with the transaction; the person still hears back
            // (on a card action, as the card's answer: nothing changed).
            return database.InTransaction(() => Deliver(turn, key, inboxId, CardAnswers.Mark(turn, [failed.Apology], CardOutcome.Refused), split));
        }
        finally
        {
            // The outbox signalled inside the transaction, before the commit made the replies
            // visible to the sender's thread; wake it again now that they are committed (inside a
            // batch that commits later, at that commit: an earlier wake-up finds nothing).
            database.AfterCommit(outboxSignal.Signal.Set);
        }
    }

    private TurnOutcome Run(IncomingTurn turn, string key, long? inboxId, Func<IReadOnlyList<Reply>, InlineSplit>? split, CancellationToken cancellationToken)
    {
        // Dialogs work only with the stores (all platform I/O goes through the outbox), so a turn
        // completes synchronously on this thread, inside its transaction. One that did not would
        // leave the transaction's thread: fail it loudly instead (it is rolled back and retried).
        var running = engine.RunAsync(turn, cancellationToken);
        if (!running.IsCompleted)
        {
            throw new InvalidOperationException("A dialog awaited real I/O inside a turn; dialogs must only use the stores and reply through the outbox.");
        }

        return Deliver(turn, key, inboxId, running.GetAwaiter().GetResult(), split);
    }

    private TurnOutcome Deliver(IncomingTurn turn, string key, long? inboxId, IReadOnlyList<Reply> replies, Func<IReadOnlyList<Reply>, InlineSplit>? split)
    {
        var (inline, queued) = split is null ? InlineSplit.None(replies) : split(replies);
        if (queued.Count > 0)
        {
            // The turn was found unprocessed in this transaction, so nothing is queued under its key yet.
            var result = outbox.Enqueue(turn.Conversation, queued, key, newPrefix: true);
            if (result.Unreachable.Count > 0)
            {
                outbox.Enqueue(turn.Conversation, [Unreachable(result.Unreachable.Count)], key + ":unreachable");
            }
        }

        processed.Record(key, inboxId);
        return new TurnOutcome(inline, Duplicate: false);
    }

    public void Dispose() => _gate.Dispose();

    private static Reply GaveUp(string reference) => Reply.Say(
        $"Sorry, I could not handle your last message, even after trying again (reference {reference}), and nothing was changed. Please try again later; if it keeps happening, tell your AIMS admin the reference.");

    private static Reply Unreachable(int count) => Reply.Say(count == 1
        ? "One person I should notify has not chatted with me yet, so I could not reach them. Ask them to say hello to me once."
        : $"{count} people I should notify have not chatted with me yet, so I could not reach them. Ask them to say hello to me once.");
}
