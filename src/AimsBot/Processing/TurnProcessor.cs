using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace AimsBot.Processing;

/// <summary>
/// Drains the inbox in arrival order: runs each turn through the core and queues its replies.
/// Resumes whatever was pending at start, so nothing acknowledged is lost across a restart.
/// </summary>
public sealed partial class TurnProcessor(
    InboxStore inbox,
    InboxWriter writer,
    InboxSignal signal,
    TurnHandler handler,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<TurnProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var nextPurge = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DrainOnceAsync(stoppingToken) > 0)
                {
                }

                if (time.GetUtcNow() >= nextPurge)
                {
                    inbox.Purge(options.Value.Retention);
                    nextPurge = time.GetUtcNow() + PurgeEvery;
                }

                await signal.Signal.WaitAsync(PurgeEvery, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.DrainFailed(logger, ex);
                await signal.Signal.WaitAsync(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }

    /// <summary>Processes one batch of pending turns; returns how many it took.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var batch = inbox.Pending(100);
        foreach (var item in batch)
        {
            // Acknowledgements first: let a waiting inbox commit take the store between turns.
            for (var spins = 0; writer.HasWaitingTurns && spins < 20; spins++)
            {
                await Task.Delay(1, CancellationToken.None);
            }

            try
            {
                var turn = DeliveryJson.ReadTurn(item.Turn);
                await handler.HandleAsync(turn, keepInline: null, cancellationToken, settle: () => inbox.MarkDone(item));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.TurnFailed(logger, ex, item.DeliveryKey, item.Attempts + 1);
                inbox.MarkAttemptFailed(item, ex.GetType().Name + ": " + ex.Message, options.Value.InboxMaxAttempts);
            }
        }

        return batch.Count;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 300, Level = LogLevel.Error, Message = "Turn {DeliveryKey} failed on attempt {Attempt}")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string deliveryKey, int attempt);

        [LoggerMessage(EventId = 301, Level = LogLevel.Error, Message = "Draining the inbox failed")]
        public static partial void DrainFailed(ILogger logger, Exception exception);
    }
}
