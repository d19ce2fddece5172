using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;
using Nito.AsyncEx;

namespace AimsBot.Processing;

/// <summary>
/// Sends queued replies through the platform senders: one conversation in order, several
/// conversations at once; one circuit per destination (a failure or a Retry-After holds the whole
/// destination, a single probe reopens it); retries with exponential backoff and jitter for the
/// retry window, and dead-letters after it, on a permanent failure, or for a poison item. This class
/// runs the loop and commits each batch's outcomes; <see cref="DestinationSender"/> sends to one destination.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox,
    OutboxSignal signal,
    IEnumerable<IReplySender> senders,
    DestinationCircuits circuits,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<OutboxDispatcher> logger,
    OutboxPacer? pacer = null,
    OutboxHandoff? handoff = null,
    DeliveryMetrics? metrics = null) : BackgroundService
{
    private const int BatchSize = 64;
    private readonly DestinationSender _destinations = new(senders, circuits, time, options, logger, pacer);

    /// <summary>
    /// Runs on its own thread at a lowered priority, with a single-threaded async context: every
    /// continuation (and every store call) of the sender comes back to that thread, so sending never
    /// takes a request thread, nor blocks one while the store is busy with a turn.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(
            () =>
            {
                BackgroundPriority.LowerCurrentThread(options.Value.BackgroundNice);
                AsyncContext.Run(() => RunAsync(stoppingToken));
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) > 0)
                {
                }

                var now = time.GetUtcNow().UtcDateTime;
                var idle = outbox.IdleRecheck;
                var wait = outbox.NextDue() is { } next ? next - now : idle;
                if (wait > TimeSpan.Zero)
                {
                    await signal.Signal.WaitAsync(wait < idle ? wait : idle, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.LoopFailed(logger, ex);
                await signal.Signal.WaitAsync(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Sends every due message once (a batch of at most <see cref="BatchSize"/>) and records the
    /// outcomes in one commit: the store is shared with the turn processor, and one commit per batch
    /// instead of one per message keeps the sender from queueing behind turns. A crash between a
    /// send and that commit sends the message again after the restart (delivery is at least once).
    /// Destinations whose circuit is open hold their messages (see <see cref="DestinationCircuits"/>).
    /// Returns how many were taken.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        // Rows just committed come in memory when the store holds nothing else due (see OutboxHandoff).
        var now = time.GetUtcNow().UtcDateTime;
        var handed = handoff?.Take(now, BatchSize);
        var due = handed ?? outbox.Due(now, BatchSize);
        if (due.Count == 0)
        {
            return 0;
        }

        metrics?.Taken(due.Count, fromMemory: handed is not null);

        var settled = new List<OutboxItem>(due.Count);
        using var slots = new SemaphoreSlim(options.Value.OutboxConcurrency);
        try
        {
            await Task.WhenAll(due.GroupBy(DestinationSender.Destination, StringComparer.Ordinal)
                .Select(group => _destinations.SendAsync(group.Key, [.. group], settled, slots, cancellationToken)));
        }
        finally
        {
            outbox.Save(settled);
            if (due.Any(item => !settled.Contains(item)))
            {
                // Left pending unsettled (a failure midway): only the store knows it now.
                handoff?.TurnOff();
            }
        }

        return due.Count;
    }

    /// <inheritdoc cref="DestinationSender.Backoff"/>
    internal TimeSpan Backoff(int attempt, TimeSpan? retryAfter) => _destinations.Backoff(attempt, retryAfter);

    private static partial class Log
    {
        [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "The outbox loop failed")]
        public static partial void LoopFailed(ILogger logger, Exception exception);
    }
}
