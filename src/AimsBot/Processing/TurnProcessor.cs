using AimsBot.Core.Delivery;
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
                    Purge();
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
                    handler.GiveUp(item.DeliveryKey, item.Id, ex.GetType().Name + ": " + ex.Message);
                    return;
                }

                cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(100 * attempt));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Forgets turns older than the retention, a chunk at a time so acknowledgements never wait long.</summary>
    private void Purge()
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.Retention;
        var position = cursor.Position;
        while (inbox.Execute(store => store.PurgeOldest(cutoff, position, PurgeChunk)) > 0)
        {
        }

        processed.Purge(options.Value.Retention);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 300, Level = LogLevel.Error, Message = "Turn {DeliveryKey} failed on attempt {Attempt} of {Attempts}")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string deliveryKey, int attempt, int attempts);

        [LoggerMessage(EventId = 301, Level = LogLevel.Error, Message = "Draining the inbox failed")]
        public static partial void DrainFailed(ILogger logger, Exception exception);
    }
}
