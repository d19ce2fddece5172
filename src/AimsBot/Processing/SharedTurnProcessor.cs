using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace AimsBot.Processing;

/// <summary>
/// Drains a shared inbox (<see cref="ICompetingInbox"/>) as one of several competing instances: a batch
/// of conversation heads (<see cref="DeliveryOptions.TurnBatchSize"/>) runs inside the transaction that
/// took it, each turn in a savepoint with its delivery key, and the batch's removal from the inbox
/// commits with them once, so a batch whose instance dies part-way is taken again by another, and a
/// committed turn is never run twice. Turns queued by other instances raise no local signal, so an idle processor
/// looks again every <see cref="Poll"/>. A turn that throws is retried a few times inside its
/// transaction (each attempt is a savepoint), then given up on and recorded (<see cref="InboxTurnRunner"/>,
/// the rules <see cref="TurnProcessor"/> follows too).
/// </summary>
public sealed partial class SharedTurnProcessor(
    ICompetingInbox inbox,
    IProcessedTurns processed,
    IOutboxStore outbox,
    ICardActionLog cardActions,
    InboxSignal signal,
    InboxTurnRunner runner,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<SharedTurnProcessor> logger,
    DeliveryMetrics? metrics = null) : BackgroundService
{
    /// <summary>How often an idle instance looks for turns the others accepted.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Runs waiting turns on the calling thread until none is left; returns how many ran.</summary>
    public int DrainOnce(CancellationToken cancellationToken)
    {
        var count = 0;
        int taken;
        while (!cancellationToken.IsCancellationRequested && (taken = inbox.RunBatch(options.Value.TurnBatchSize, item => runner.RunAlone(item, cancellationToken))) > 0)
        {
            count += taken;
            metrics?.TurnsRun(taken);
        }

        return count;
    }

    /// <summary>Forgets processed keys, sent messages and consumed cards older than their retention.</summary>
    public void PurgeExpired()
    {
        processed.Purge(options.Value.Retention);
        var now = time.GetUtcNow().UtcDateTime;
        outbox.PurgeSent(now - options.Value.SentRetention);
        cardActions.Purge(now - options.Value.CardRetention);
    }

    private void Run(CancellationToken stoppingToken)
    {
        BackgroundPriority.LowerCurrentThread(options.Value.BackgroundNice);
        var nextPurge = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                DrainOnce(stoppingToken);
                if (time.GetUtcNow() >= nextPurge)
                {
                    PurgeExpired();
                    nextPurge = time.GetUtcNow() + PurgeEvery;
                }

                signal.Signal.WaitAsync(Poll, TimeProvider.System, stoppingToken).GetAwaiter().GetResult();
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
                    signal.Signal.WaitAsync(TimeSpan.FromSeconds(5), TimeProvider.System, stoppingToken).GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 305, Level = LogLevel.Error, Message = "Draining the shared inbox failed")]
        public static partial void DrainFailed(ILogger logger, Exception exception);
    }
}
