using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;
using Nito.AsyncEx;

namespace AimsBot.Processing;

/// <summary>
/// Sends queued replies through the platform senders: one conversation in order, several
/// conversations at once; retries with exponential backoff and jitter, honours Retry-After, and
/// dead-letters after the last attempt or a permanent failure.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox,
    OutboxSignal signal,
    IEnumerable<IReplySender> senders,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 64;
    private static readonly TimeSpan IdleWait = TimeSpan.FromMinutes(5);
    private readonly Dictionary<Platform, IReplySender> _senders = senders.ToDictionary(s => s.Platform);

    /// <summary>
    /// Runs on its own thread at a lowered priority, with a single-threaded async context: every
    /// continuation (and every store call) of the sender comes back to that thread, so sending never
    /// takes a request thread, nor blocks one while the store is busy with a turn.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(
            () =>
            {
                BackgroundPriority.LowerCurrentThread();
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
                var wait = outbox.NextDue() is { } next ? next - now : IdleWait;
                if (wait > TimeSpan.Zero)
                {
                    await signal.Signal.WaitAsync(wait < IdleWait ? wait : IdleWait, time, stoppingToken);
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
    /// Returns how many were attempted.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var due = outbox.Due(time.GetUtcNow().UtcDateTime, BatchSize);
        if (due.Count == 0)
        {
            return 0;
        }

        // Conversations at once (up to the concurrency), each in order: stop at the first message that must wait.
        var settled = new List<OutboxItem>(due.Count);
        using var slots = new SemaphoreSlim(options.Value.OutboxConcurrency);
        try
        {
            await Task.WhenAll(due.GroupBy(x => x.Conversation, StringComparer.Ordinal).Select(async group =>
            {
                await slots.WaitAsync(cancellationToken);
                try
                {
                    foreach (var item in group)
                    {
                        var sent = await SendAsync(item, cancellationToken);
                        lock (settled)
                        {
                            settled.Add(item);
                        }

                        if (!sent)
                        {
                            break;
                        }
                    }
                }
                finally
                {
                    slots.Release();
                }
            }));
        }
        finally
        {
            outbox.Save(settled);
        }

        return due.Count;
    }

    private async Task<bool> SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var conversation = DeliveryJson.ReadConversation(item.Conversation);
        SendOutcome outcome;
        if (!_senders.TryGetValue(conversation.Platform, out var sender))
        {
            outcome = new SendOutcome.Failed($"No sender is configured for {conversation.Platform}.");
        }
        else
        {
            try
            {
                var message = new OutboundMessage(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), conversation, DeliveryJson.ReadReply(item.Reply), item.IdempotencyKey, item.Attempts + 1);
                outcome = await sender.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                outcome = new SendOutcome.Retry(ex.GetType().Name + ": " + ex.Message);
            }
        }

        Settle(item, outcome);
        return item.State == OutboxState.Sent;
    }

    private void Settle(OutboxItem item, SendOutcome outcome)
    {
        var now = time.GetUtcNow().UtcDateTime;
        item.Attempts++;
        switch (outcome)
        {
            case SendOutcome.Sent sent:
                item.State = OutboxState.Sent;
                item.SentAt = now;
                item.SentMessageId = sent.MessageId;
                item.LastError = null;
                if (item.Redact)
                {
                    item.Reply = DeliveryJson.Write(DeliveryJson.ReadReply(item.Reply) with { Text = null, Card = null, FieldErrors = null });
                }

                break;
            case SendOutcome.Retry retry when item.Attempts < options.Value.OutboxMaxAttempts:
                item.LastError = retry.Reason;
                item.NextAttemptAt = now + Backoff(item.Attempts, retry.After);
                Log.WillRetry(logger, item.IdempotencyKey, item.Attempts, retry.Reason);
                break;
            case SendOutcome.Retry retry:
                item.State = OutboxState.Dead;
                item.LastError = retry.Reason;
                Log.DeadLettered(logger, item.IdempotencyKey, item.Attempts, retry.Reason);
                break;
            case SendOutcome.Failed failed:
                item.State = OutboxState.Dead;
                item.LastError = failed.Reason;
                Log.DeadLettered(logger, item.IdempotencyKey, item.Attempts, failed.Reason);
                break;
        }

        // Only a pending item has a next attempt (and only pending items are in the due index).
        if (item.State != OutboxState.Pending)
        {
            item.NextAttemptAt = null;
        }
    }

    /// <summary>Exponential backoff with jitter; a platform's Retry-After wins when it asks for longer.</summary>
    internal TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var settings = options.Value;
        var exponential = settings.OutboxBaseBackoff * Math.Pow(2, Math.Min(attempt - 1, 16));
        var capped = exponential < settings.OutboxMaxBackoff ? exponential : settings.OutboxMaxBackoff;
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        var jittered = capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
#pragma warning restore CA5394
        return retryAfter is { } after && after > jittered ? after : jittered;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Send {Key} attempt {Attempt} failed, will retry: {Reason}")]
        public static partial void WillRetry(ILogger logger, string key, int attempt, string reason);

        [LoggerMessage(EventId = 401, Level = LogLevel.Error, Message = "Send {Key} dead-lettered after {Attempt} attempts: {Reason}")]
        public static partial void DeadLettered(ILogger logger, string key, int attempt, string reason);

        [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "The outbox loop failed")]
        public static partial void LoopFailed(ILogger logger, Exception exception);
    }
}
