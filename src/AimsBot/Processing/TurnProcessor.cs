using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace AimsBot.Processing;

/// <summary>
/// Drains the inbox in arrival order: runs the turns through the core and queues their replies, a
/// batch of waiting turns per main-store transaction (<see cref="InboxTurnRunner"/>: each turn still
/// all-or-nothing, a failing one handled alone). Each turn commits together with its delivery key and
/// inbox id (<see cref="IProcessedTurns"/>), so after a restart the processor resumes right after the
/// last turn that committed, and nothing acknowledged is lost or run twice. The inbox file itself is
/// only appended to (and trimmed after the retention); its processed mark is written after the main
/// store committed.
/// </summary>
public sealed partial class TurnProcessor(
    InboxWriter inbox,
    InboxCursor cursor,
    IProcessedTurns processed,
    IOutboxStore outbox,
    ICardActionLog cardActions,
    InboxSignal signal,
    InboxTurnRunner runner,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<TurnProcessor> logger,
    DeliveryMetrics? metrics = null) : BackgroundService
{
    private const int PurgeChunk = 50;
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);
    private readonly TurnBatchSizer _sizer = new(options.Value.TurnBatchTime, options.Value.TurnBatchSize);

    /// <summary>
    /// Runs on its own thread at a lowered priority (turns are synchronous store work, and request
    /// threads should always win the CPU over them).
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        BackgroundPriority.LowerCurrentThread(options.Value.BackgroundNice);
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

    /// <summary>
    /// Processes the next waiting turns on the calling thread, in batches sized by time
    /// (<see cref="TurnBatchSizer"/>), and then tells the inbox how far it has run; returns how many it took.
    /// </summary>
    public int DrainOnce(CancellationToken cancellationToken)
    {
        // The inbox hands out whole group commits, which may hold more turns than a batch should.
        var waiting = inbox.Execute(store => store.After(cursor.Position, options.Value.TurnBatchSize));
        for (var done = 0; done < waiting.Count;)
        {
            var batch = waiting.Skip(done).Take(_sizer.Next).ToList();
            var started = time.GetTimestamp();
            runner.RunInOrder(batch, cursor.MoveTo, cancellationToken);
            _sizer.Ran(batch.Count, time.GetElapsedTime(started));
            metrics?.TurnsRun(batch.Count);
            done += batch.Count;
        }

        if (waiting.Count > 0)
        {
            // Committed in the main store: the inbox learns how far it has been run (see InboxLinker).
            var position = cursor.Position;
            inbox.Execute(store =>
            {
                store.MarkProcessed(position);
                return 0;
            });
        }

        return waiting.Count;
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
        [LoggerMessage(EventId = 301, Level = LogLevel.Error, Message = "Draining the inbox failed")]
        public static partial void DrainFailed(ILogger logger, Exception exception);
    }
}
