using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace AimsBot.Processing;

/// <summary>
/// The bookkeeping of each send for <see cref="DestinationSender"/>: sent, retried with backoff (the
/// whole destination waits: its circuit opens) until the retry window ends, dead-lettered; and messages
/// held without an attempt while their destination is down or over its pace.
/// </summary>
public sealed partial class OutboxOutcomes(DestinationCircuits circuits, TimeProvider time, IOptions<DeliveryOptions> options, ILogger logger)
{
    /// <summary>Records the outcome of one attempt on <paramref name="item"/> (to <paramref name="destination"/>, when readable).</summary>
    public void Settle(OutboxItem item, SendOutcome outcome, string? destination)
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

                if (destination is not null)
                {
                    circuits.Close(destination);
                }

                break;
            case SendOutcome.Retry retry when now < Deadline(item):
                item.LastError = retry.Reason;
                var failures = destination is null ? item.Attempts : circuits.Failures(destination) + 1;
                item.NextAttemptAt = now + Backoff(Math.Max(failures, item.Attempts), retry.After);
                if (destination is not null)
                {
                    // The whole destination waits: one probe goes when it reopens.
                    circuits.Open(destination, item.NextAttemptAt.Value);
                }

                Log.WillRetry(logger, item.IdempotencyKey, item.Attempts, retry.Reason);
                break;
            case SendOutcome.Retry retry:
                DeadLetter(item, retry.Reason);
                break;
            case SendOutcome.Failed failed:
                DeadLetter(item, failed.Reason);
                break;
        }

        // Only a pending item has a next attempt (and only pending items are in the due index).
        if (item.State != OutboxState.Pending)
        {
            item.NextAttemptAt = null;
        }
    }

    /// <summary>Messages not tried because their destination is down: due again when it reopens (no attempt counted), or dead past their window.</summary>
    public void Hold(IEnumerable<OutboxItem> items, DateTime until, List<OutboxItem> settled)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var item in items)
        {
            if (now >= Deadline(item))
            {
                item.LastError ??= "The destination was unreachable for the whole retry window.";
                DeadLetter(item, item.LastError);
                item.NextAttemptAt = null;
            }
            else
            {
                item.NextAttemptAt = until;
            }

            Add(settled, item);
        }
    }

    /// <summary>Messages over their destination's or conversation's pace: due again at <paramref name="next"/>, in order, no attempt counted.</summary>
    public static void Pace(IEnumerable<OutboxItem> items, DateTime next, List<OutboxItem> settled)
    {
        foreach (var item in items)
        {
            item.NextAttemptAt = next;
            Add(settled, item);
        }
    }

    /// <summary>Adds to the batch's settled items (conversations are sent at once).</summary>
    public static void Add(List<OutboxItem> settled, OutboxItem item)
    {
        lock (settled)
        {
            settled.Add(item);
        }
    }

    /// <summary>Exponential backoff with jitter; a platform's Retry-After wins when it asks for longer.</summary>
    public TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var settings = options.Value;
        var exponential = settings.OutboxBaseBackoff * Math.Pow(2, Math.Min(attempt - 1, 16));
        var capped = exponential < settings.OutboxMaxBackoff ? exponential : settings.OutboxMaxBackoff;
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        var jittered = capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
#pragma warning restore CA5394
        return retryAfter is { } after && after > jittered ? after : jittered;
    }

    private DateTime Deadline(OutboxItem item) => (item.NotBefore > item.CreatedAt ? item.NotBefore.Value : item.CreatedAt) + options.Value.OutboxRetryWindow;

    private void DeadLetter(OutboxItem item, string reason)
    {
        item.State = OutboxState.Dead;
        item.LastError = reason;
        Log.DeadLettered(logger, item.IdempotencyKey, item.Attempts, reason);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Send {Key} attempt {Attempt} failed, will retry: {Reason}")]
        public static partial void WillRetry(ILogger logger, string key, int attempt, string reason);

        [LoggerMessage(EventId = 401, Level = LogLevel.Error, Message = "Send {Key} dead-lettered after {Attempt} attempts: {Reason}")]
        public static partial void DeadLettered(ILogger logger, string key, int attempt, string reason);
    }
}
