using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace AimsBot.Processing;

/// <summary>
/// Drains the inbox in arrival order: runs each turn through the core and queues its replies.
/// Each turn commits in the main store together with its delivery key and inbox id
/// (<see cref="IProcessedTurns"/>), so after a restart the processor resumes right after the last
/// turn that committed, and nothing acknowledged is lost or run twice. The inbox file itself is
/// only appended to (and trimmed after the retention).
/// </summary>
public sealed partial class TurnProcessor(
    InboxWriter inbox,
    InboxCursor cursor,
    IProcessedTurns processed,
    IOutboxStore outbox,
    ICardActionLog cardActions,
    InboxSignal signal,
    TurnHandler handler,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<TurnProcessor> logger) : BackgroundService
{
    private const int BatchSize = 32;
    private const int PurgeChunk = 50;
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    /// <summary>
    /// Runs on its own thread at a lowered priority (turns are synchronous store work, and request
    /// threads should always win the CPU over them).
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        BackgroundPriority.LowerCurrentThread();
        var nextPurge = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (DrainOnce(stoppingToken) > 0)
                {
                }

                if (time.GetUtcNow() >= nextPurge)
                {
                    PurgeExpired();
                    nextPurge = time.GetUtcNow() + PurgeEvery;
                }

                signal.Signal.WaitAsync(PurgeEvery, time, stoppingToken).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.DrainFailed(logger, ex);
                try
                {
                    signal.Signal.WaitAsync(TimeSpan.FromSeconds(5), time, stoppingToken).GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Processes the next batch of waiting turns on the calling thread; returns how many it took.</summary>
    public int DrainOnce(CancellationToken cancellationToken)
    {
        var batch = inbox.Execute(store => store.After(cursor.Position, BatchSize));
        foreach (var item in batch)
        {
            RunWithRetries(item, cancellationToken);
            cursor.MoveTo(item.Id);
        }

        if (batch.Count > 0)
        {
            // Committed in the main store: the inbox learns how far it has been run (see InboxLinker).
            var position = cursor.Position;
            inbox.Execute(store =>
            {
                store.MarkProcessed(position);
                return 0;
            });
        }

        return batch.Count;
    }

    /// <summary>A turn that throws is retried a few times (the store may have hiccupped), then given up on and recorded.</summary>
    private void RunWithRetries(InboxItem item, CancellationToken cancellationToken)
    {
        var attempts = options.Value.InboxMaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                handler.Handle(DeliveryJson.ReadTurn(item.Turn), item.Id, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.TurnFailed(logger, ex, item.DeliveryKey, attempt, attempts);
                if (attempt >= attempts)
                {
                    var reference = handler.GiveUp(ReadableTurn(item), item.DeliveryKey, item.Id, ex.GetType().Name + ": " + ex.Message);
                    Log.TurnGivenUp(logger, item.DeliveryKey, reference, attempts);
                    return;
                }

                cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(100 * attempt));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
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

    /// <summary>
    /// Forgets turns older than the retention (the inbox a chunk at a time so acknowledgements never
    /// wait long), sent messages after theirs, and consumed card ids after theirs.
    /// </summary>
    internal void PurgeExpired()
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.Retention;
        var position = cursor.Position;
        while (inbox.Execute(store => store.PurgeOldest(cutoff, position, PurgeChunk)) > 0)
        {
        }

        processed.Purge(options.Value.Retention);
        var now = time.GetUtcNow().UtcDateTime;
        outbox.PurgeSent(now - options.Value.SentRetention);
        cardActions.Purge(now - options.Value.CardRetention);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 300, Level = LogLevel.Error, Message = "Turn {DeliveryKey} failed on attempt {Attempt} of {Attempts}")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string deliveryKey, int attempt, int attempts);

        [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Turn {DeliveryKey} given up after {Attempts} attempts (reference {Reference}); the person was told")]
        public static partial void TurnGivenUp(ILogger logger, string deliveryKey, string reference, int attempts);

        [LoggerMessage(EventId = 301, Level = LogLevel.Error, Message = "Draining the inbox failed")]
        public static partial void DrainFailed(ILogger logger, Exception exception);
    }
}
