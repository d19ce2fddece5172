using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Core.Cards.BlockKit;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;

namespace AimsBot.Slack;

/// <summary>
/// The outbox's Slack sender: text and cards as Block Kit messages (<c>chat.postMessage</c>, or
/// <c>chat.update</c> of the acted-on message), forms remembered so their button opens the modal,
/// and the Home card published to the person's Home tab (<c>views.publish</c>).
/// </summary>
public sealed partial class SlackReplySender(
    SlackApiClient api,
    ICardTemplates templates,
    SlackFormStore forms,
    SlackResponseUrls responseUrls,
    ILogger<SlackReplySender> logger) : IReplySender
{
    /// <summary>chat.postMessage errors meaning the bot cannot post in the conversation.</summary>
    private static readonly HashSet<string> CannotPostHere = new(StringComparer.Ordinal) { "channel_not_found", "not_in_channel" };

    /// <summary>Told with a reply sent through a response URL.</summary>
    public const string NotInConversationNote =
        "Only you can see this: I am not in this conversation. Message me directly (or add me to the channel) for forms and notifications.";

    private static readonly HashSet<string> NotUpdatable = new(StringComparer.Ordinal)
    {
        "message_not_found", "cant_update_message", "edit_window_closed", "msg_too_long",
    };

    public Platform Platform => Platform.Slack;

    public async Task<SendOutcome> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var conversation = message.Conversation;
        var reply = message.Reply;
        try
        {
            if (reply.Card is null && string.IsNullOrWhiteSpace(reply.Text))
            {
                return new SendOutcome.Sent(null);
            }

            var card = reply.Card is null ? null : templates.Render(reply.Card.TemplateId, reply.Card.Data);
            if (card is not null && reply.ForHomeTab && HomeUser(conversation) is { } userId)
            {
                await api.PublishViewAsync(userId, BlockKitRenderer.Home(card), cancellationToken);
                return new SendOutcome.Sent(null);
            }

            var rendered = card is null ? BlockKitRenderer.Text(reply.Text!) : BlockKitRenderer.Message(card, reply.Text);
            var channel = conversation.ConversationId;

            // The form is remembered before the message exists, so a click can never find it missing;
            // the click itself says which message it came from.
            var record = rendered.Form is { CardId.Length: > 0 } form && card is not null
                ? new SlackFormRecord
                {
                    Id = form.CardId,
                    TeamId = conversation.TenantId,
                    Channel = channel,
                    MessageTs = reply.ReplaceMessageId ?? "",
                    ConversationType = conversation.ConversationType ?? "channel",
                    Verb = form.Verb,
                    Card = card.ToJsonString(),
                }
                : null;
            if (record is not null)
            {
                forms.Save(record);
            }

            string ts;
            try
            {
                ts = await PostOrUpdateAsync(channel, reply.ReplaceMessageId, rendered, cancellationToken);
            }
            catch (SlackApiException ex) when (CannotPostHere.Contains(ex.Error) && responseUrls.Use(message.IdempotencyKey) is { } responseUrl)
            {
                Log.AnsweredThroughResponseUrl(logger, ex.Error, message.IdempotencyKey);
                await api.RespondAsync(responseUrl, rendered.Text, WithNote(rendered.Blocks), cancellationToken);
                return new SendOutcome.Sent(null);
            }

            if (record is not null && record.MessageTs != ts)
            {
                record.MessageTs = ts;
                forms.Save(record);
            }

            return new SendOutcome.Sent(ts);
        }
        catch (SlackApiException ex) when (ex.IsTransient)
        {
            return new SendOutcome.Retry(ex.Message, ex.RetryAfter);
        }
        catch (SlackApiException ex)
        {
            return new SendOutcome.Failed(ex.Message);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or NotSupportedException or InvalidOperationException)
        {
            Log.CannotRender(logger, ex, message.IdempotencyKey);
            return new SendOutcome.Failed("The reply cannot be shown in Slack: " + ex.Message);
        }
    }

    private async Task<string> PostOrUpdateAsync(string channel, string? replaceTs, BlockKitMessage rendered, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(replaceTs))
        {
            try
            {
                await api.UpdateMessageAsync(channel, replaceTs, rendered.Text, rendered.Blocks, cancellationToken);
                return replaceTs;
            }
            catch (SlackApiException ex) when (NotUpdatable.Contains(ex.Error))
            {
                Log.PostingInstead(logger, ex.Error);
            }
        }

        return await api.PostMessageAsync(channel, rendered.Text, rendered.Blocks, cancellationToken);
    }

    private static JsonArray WithNote(JsonArray blocks)
    {
        var copy = (JsonArray)blocks.DeepClone();
        if (copy.Count < BlockKitLimits.MessageBlocks)
        {
            copy.Add(new JsonObject
            {
                ["type"] = "context",
                ["elements"] = new JsonArray(new JsonObject { ["type"] = "plain_text", ["text"] = NotInConversationNote }),
            });
        }

        return copy;
    }

    /// <summary>The Slack user whose Home tab a reply in this conversation belongs to (their direct message with the bot).</summary>
    private static string? HomeUser(ConversationRef conversation)
    {
        if (conversation.ConversationType != "im" || conversation.UserKey is not { } key)
        {
            return null;
        }

        var last = key.LastIndexOf(':');
        return last > 0 && key.StartsWith("slack:", StringComparison.Ordinal) ? key[(last + 1)..] : null;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 650, Level = LogLevel.Error, Message = "Reply {Key} cannot be rendered for Slack")]
        public static partial void CannotRender(ILogger logger, Exception exception, string key);

        [LoggerMessage(EventId = 651, Level = LogLevel.Information, Message = "chat.update failed with {Error}; posting a new message instead")]
        public static partial void PostingInstead(ILogger logger, string error);

        [LoggerMessage(EventId = 652, Level = LogLevel.Information, Message = "chat.postMessage failed with {Error}; reply {Key} answered through the response URL")]
        public static partial void AnsweredThroughResponseUrl(ILogger logger, string error, string key);
    }
}
