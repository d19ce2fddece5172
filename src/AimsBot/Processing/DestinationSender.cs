using System.Text.Json;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace AimsBot.Processing;

/// <summary>
/// Sends one destination's due messages for the <see cref="OutboxDispatcher"/>: its circuit (held
/// while open, a single probe when due to reopen), conversations at once and each in order, and the
/// outcome of every attempt (sent, retried with backoff until the retry window ends, dead-lettered),
/// at the pace <see cref="OutboxPacer"/> allows per conversation and per destination.
/// </summary>
public sealed partial class DestinationSender(
    IEnumerable<IReplySender> senders,
    DestinationCircuits circuits,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger logger,
    OutboxPacer? pacer = null)
{
    private readonly Dictionary<Platform, IReplySender> _senders = senders.ToDictionary(s => s.Platform);

    /// <summary>
    /// One destination's due messages: held while its circuit is open; a single probe first when it
    /// is due to reopen; then conversations at once (up to the concurrency), each in order, each
    /// stopping at the first message that must wait.
    /// </summary>
    public async Task SendAsync(string destination, List<OutboxItem> items, List<OutboxItem> settled, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (circuits.OpenUntil(destination) is { } until)
        {
            if (now < until)
            {
                Hold(items, until, settled);
                return;
            }

            var probe = items[0];
            var delivered = await SendOneAsync(probe, cancellationToken);
            Add(settled, probe);
            if (!delivered)
            {
                Hold(items.Skip(1), circuits.OpenUntil(destination) ?? now, settled);
                return;
            }

            items = [.. items.Skip(1)];
        }

        await Task.WhenAll(items.GroupBy(x => x.Conversation, StringComparer.Ordinal).Select(async conversation =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var waiting = conversation.ToList();
                for (var i = 0; i < waiting.Count; i++)
                {
                    if (circuits.OpenUntil(destination) is { } opened)
                    {
                        Hold(waiting.Skip(i), opened, settled);
                        break;
                    }

                    if (pacer?.TryTake(PlatformOf(destination), destination, conversation.Key) is { } paced)
                    {
                        Pace(waiting.Skip(i), paced, settled);
                        break;
                    }

                    var sent = await SendOneAsync(waiting[i], cancellationToken);
                    Add(settled, waiting[i]);
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

    /// <summary>Messages not tried because their destination is down: due again when it reopens (no attempt counted), or dead past their window.</summary>
    private void Hold(IEnumerable<OutboxItem> items, DateTime until, List<OutboxItem> settled)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var item in items)
        {
            if (now >= Deadline(item))
            {
                item.State = OutboxState.Dead;
                item.NextAttemptAt = null;
                item.LastError ??= "The destination was unreachable for the whole retry window.";
                Log.DeadLettered(logger, item.IdempotencyKey, item.Attempts, item.LastError);
            }
            else
            {
                item.NextAttemptAt = until;
            }

            Add(settled, item);
        }
    }

    /// <summary>Messages over their destination's or conversation's pace: due again at <paramref name="next"/>, in order, no attempt counted.</summary>
    private static void Pace(IEnumerable<OutboxItem> items, DateTime next, List<OutboxItem> settled)
    {
        foreach (var item in items)
        {
            item.NextAttemptAt = next;
            Add(settled, item);
        }
    }

    private static Platform PlatformOf(string destination) =>
        destination.StartsWith("slack:", StringComparison.Ordinal) ? Platform.Slack : Platform.Teams;

    private static void Add(List<OutboxItem> settled, OutboxItem item)
    {
        lock (settled)
        {
            settled.Add(item);
        }
    }

    /// <summary>The destination an item goes to (an unreadable one is its own, so it holds back nobody).</summary>
    public static string Destination(OutboxItem item)
    {
        try
        {
            return DestinationCircuits.DestinationOf(DeliveryJson.ReadConversation(item.Conversation));
        }
        catch (JsonException)
        {
            // Dead-lettered when it is sent (see SendOneAsync); it holds back no destination meanwhile.
            return "unreadable:" + item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private DateTime Deadline(OutboxItem item) => (item.NotBefore > item.CreatedAt ? item.NotBefore.Value : item.CreatedAt) + options.Value.OutboxRetryWindow;

    private async Task<bool> SendOneAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        SendOutcome outcome;
        ConversationRef? conversation = null;
        try
        {
            conversation = DeliveryJson.ReadConversation(item.Conversation);
            if (!_senders.TryGetValue(conversation.Platform, out var sender))
            {
                outcome = new SendOutcome.Failed($"No sender is configured for {conversation.Platform}.");
            }
            else
            {
                var message = new OutboundMessage(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), conversation, DeliveryJson.ReadReply(item.Reply), item.IdempotencyKey, item.Attempts + 1);
                outcome = await sender.SendAsync(message, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            outcome = new SendOutcome.Retry(ex.GetType().Name + ": " + ex.Message);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not a delivery failure but a poison item (a row that no longer parses, a card that does
            // not bind): trying again cannot help, and it must not hold back its conversation.
            outcome = new SendOutcome.Failed(ex.GetType().Name + ": " + ex.Message);
        }

        Settle(item, outcome, conversation is null ? null : DestinationCircuits.DestinationOf(conversation));
        return item.State == OutboxState.Sent;
    }

    private void Settle(OutboxItem item, SendOutcome outcome, string? destination)
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
    }
}
