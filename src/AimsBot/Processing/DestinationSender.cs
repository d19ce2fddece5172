using System.Text.Json;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace AimsBot.Processing;

/// <summary>
/// Sends one destination's due messages for the <see cref="OutboxDispatcher"/>: its circuit (held
/// while open, a single probe when due to reopen), conversations at once and each in order (queueing
/// order), at the pace <see cref="OutboxPacer"/> allows per conversation and per destination; the
/// outcome of every attempt is recorded by <see cref="OutboxOutcomes"/>.
/// </summary>
public sealed class DestinationSender(
    IEnumerable<IReplySender> senders,
    DestinationCircuits circuits,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger logger,
    OutboxPacer? pacer = null)
{
    private readonly Dictionary<Platform, IReplySender> _senders = senders.ToDictionary(s => s.Platform);
    private readonly OutboxOutcomes _outcomes = new(circuits, time, options, logger);

    /// <summary>
    /// One destination's due messages: held while its circuit is open; a single probe first (the head
    /// of a conversation) when it is due to reopen; then conversations at once (up to the concurrency),
    /// each in queueing order, each stopping at the first message that must wait.
    /// </summary>
    public async Task SendAsync(string destination, List<OutboxItem> items, List<OutboxItem> settled, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var conversations = items.GroupBy(x => x.Conversation, StringComparer.Ordinal)
            .Select(conversation => conversation.OrderBy(x => x.Id).ToList())
            .ToList();
        if (circuits.OpenUntil(destination) is { } until)
        {
            if (now < until)
            {
                _outcomes.Hold(items, until, settled);
                return;
            }

            var probe = conversations[0][0];
            var delivered = await SendOneAsync(probe, cancellationToken);
            OutboxOutcomes.Add(settled, probe);
            if (!delivered)
            {
                _outcomes.Hold(items.Where(x => x != probe), circuits.OpenUntil(destination) ?? now, settled);
                return;
            }

            conversations[0].RemoveAt(0);
        }

        await Task.WhenAll(conversations.Select(async waiting =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                for (var i = 0; i < waiting.Count; i++)
                {
                    if (circuits.OpenUntil(destination) is { } opened)
                    {
                        _outcomes.Hold(waiting.Skip(i), opened, settled);
                        break;
                    }

                    if (pacer?.TryTake(PlatformOf(destination), destination, waiting[i].Conversation) is { } paced)
                    {
                        OutboxOutcomes.Pace(waiting.Skip(i), paced, settled);
                        break;
                    }

                    var sent = await SendOneAsync(waiting[i], cancellationToken);
                    OutboxOutcomes.Add(settled, waiting[i]);
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

    private static Platform PlatformOf(string destination) =>
        destination.StartsWith("slack:", StringComparison.Ordinal) ? Platform.Slack : Platform.Teams;

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

        _outcomes.Settle(item, outcome, conversation is null ? null : DestinationCircuits.DestinationOf(conversation));
        return item.State == OutboxState.Sent;
    }

    /// <inheritdoc cref="OutboxOutcomes.Backoff"/>
    internal TimeSpan Backoff(int attempt, TimeSpan? retryAfter) => _outcomes.Backoff(attempt, retryAfter);
}
