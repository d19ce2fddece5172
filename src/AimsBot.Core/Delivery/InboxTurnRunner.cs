using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Delivery;

/// <summary>
/// The delivery rules for inbox turns, shared by both processors. A turn that throws is retried alone a
/// few times (the store may have hiccupped), then given up on: recorded with its error and a reference,
/// and the person told. <see cref="RunInOrder"/> also runs turns in batches, many in one transaction,
/// each still all-or-nothing: when one throws, the batch is rolled back, the turns before it run again
/// and commit without it, the failing turn is handled alone, and the batch goes on after it; so every
/// turn commits in arrival order (a conversation's order holds) and no failing turn takes others down.
/// </summary>
public sealed partial class InboxTurnRunner(TurnHandler handler, IOptions<DeliveryOptions> options, ILogger<InboxTurnRunner> logger)
{
    /// <summary>
    /// Runs <paramref name="items"/> (in arrival order) and reports each inbox id to
    /// <paramref name="committed"/> once its turn has committed (ran, recognised as run before, or given up).
    /// </summary>
    public void RunInOrder(IReadOnlyList<InboxItem> items, Action<long> committed, CancellationToken cancellationToken)
    {
        var rest = items;
        while (rest.Count > 1)
        {
            var result = handler.HandleBatch(rest, cancellationToken);
            if (result.IsCommitted)
            {
                committed(rest[^1].Id);
                return;
            }

            if (result.FailedAt < 0)
            {
                // The commit itself failed: no turn is to blame, so each is tried alone.
                Log.BatchFailed(logger, result.Error, rest.Count);
                foreach (var item in rest)
                {
                    RunAlone(item, failedAttempts: 0, lastError: null, cancellationToken);
                    committed(item.Id);
                }

                return;
            }

            // A dialog failure is answered, not retried: alone, the handler answers it in a fresh transaction.
            var failing = rest[result.FailedAt];
            var counted = result.Error is DialogFailedException ? 0 : 1;
            if (counted > 0)
            {
                Log.TurnFailed(logger, result.Error, failing.DeliveryKey, 1, options.Value.InboxMaxAttempts);
            }

            RunInOrder([.. rest.Take(result.FailedAt)], committed, cancellationToken);
            RunAlone(failing, counted, result.Error, cancellationToken);
            committed(failing.Id);
            rest = [.. rest.Skip(result.FailedAt + 1)];
        }

        if (rest.Count == 1)
        {
            RunAlone(rest[0], failedAttempts: 0, lastError: null, cancellationToken);
            committed(rest[0].Id);
        }
    }

    /// <summary>Runs one turn in its own transaction (joining the caller's, if one is open), with retries and the give-up.</summary>
    public void RunAlone(InboxItem item, CancellationToken cancellationToken) =>
        RunAlone(item, failedAttempts: 0, lastError: null, cancellationToken);

    private void RunAlone(InboxItem item, int failedAttempts, Exception? lastError, CancellationToken cancellationToken)
    {
        var attempts = options.Value.InboxMaxAttempts;
        for (var attempt = failedAttempts + 1; ; attempt++)
        {
            if (attempt > attempts && lastError is not null)
            {
                GiveUp(item, lastError, attempts);
                return;
            }

            if (attempt > 1)
            {
                cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(100 * (attempt - 1)));
                cancellationToken.ThrowIfCancellationRequested();
            }

            try
            {
                handler.Handle(DeliveryJson.ReadTurn(item.Turn), item.Id, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not StoreUnavailableException)
            {
                Log.TurnFailed(logger, ex, item.DeliveryKey, attempt, attempts);
                lastError = ex;
            }
        }
    }

    private void GiveUp(InboxItem item, Exception error, int attempts)
    {
        var reference = handler.GiveUp(ReadableTurn(item), item.DeliveryKey, item.Id, error.GetType().Name + ": " + error.Message);
        Log.TurnGivenUp(logger, item.DeliveryKey, reference, attempts);
    }

    /// <summary>The turn, or null when its stored form cannot be read (then there is nobody to tell).</summary>
    private static IncomingTurn? ReadableTurn(InboxItem item)
    {
        try
        {
            return DeliveryJson.ReadTurn(item.Turn);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 300, Level = LogLevel.Error, Message = "Turn {DeliveryKey} failed on attempt {Attempt} of {Attempts}")]
        public static partial void TurnFailed(ILogger logger, Exception? exception, string deliveryKey, int attempt, int attempts);

        [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Turn {DeliveryKey} given up after {Attempts} attempts (reference {Reference}); the person was told")]
        public static partial void TurnGivenUp(ILogger logger, string deliveryKey, string reference, int attempts);

        [LoggerMessage(EventId = 306, Level = LogLevel.Error, Message = "A batch of {Count} turns failed to commit; each is tried alone")]
        public static partial void BatchFailed(ILogger logger, Exception? exception, int count);
    }
}
