using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace AimsBot.Processing;

/// <summary>
/// Drains a shared inbox (<see cref="ICompetingInbox"/>) as one of several competing instances: each
/// turn runs inside the transaction that took it, with its delivery key and its removal from the
/// inbox, so a turn whose instance dies part-way is taken again by another, and a committed turn is
/// never run twice. Turns queued by other instances raise no local signal, so an idle processor
/// looks again every <see cref="Poll"/>. A turn that throws is retried a few times inside its
/// transaction (each attempt is a savepoint), then given up on and recorded, as in <see cref="TurnProcessor"/>.
/// </summary>
public sealed partial class SharedTurnProcessor(
    ICompetingInbox inbox,
    IProcessedTurns processed,
    IOutboxStore outbox,
    ICardActionLog cardActions,
    InboxSignal signal,
    TurnHandler handler,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<SharedTurnProcessor> logger) : BackgroundService
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
        while (!cancellationToken.IsCancellationRequested && inbox.TryRunNext(item => RunWithRetries(item, cancellationToken)))
        {
            count++;
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
        BackgroundPriority.LowerCurrentThread();
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
            catch (Exception ex) when (ex is not OperationCanceledException and not StoreUnavailableException)
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
        [LoggerMessage(EventId = 303, Level = LogLevel.Error, Message = "Turn {DeliveryKey} failed on attempt {Attempt} of {Attempts} (shared inbox)")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string deliveryKey, int attempt, int attempts);

        [LoggerMessage(EventId = 304, Level = LogLevel.Error, Message = "Turn {DeliveryKey} given up after {Attempts} attempts (reference {Reference}); the person was told")]
        public static partial void TurnGivenUp(ILogger logger, string deliveryKey, string reference, int attempts);

        [LoggerMessage(EventId = 305, Level = LogLevel.Error, Message = "Draining the shared inbox failed")]
        public static partial void DrainFailed(ILogger logger, Exception exception);
    }
}
