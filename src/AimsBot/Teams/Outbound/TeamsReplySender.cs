using System.Net;
using AimsBot.Core.Cards;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Teams.Activities;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace AimsBot.Teams.Outbound;

/// <summary>
/// Sends a queued reply to Teams: text as markdown, a card as an Adaptive Card attachment bound by
/// <see cref="ICardTemplates"/>; a replacement PUTs the message, anything else is posted to the
/// conversation. Throttling and server errors are retried (honouring Retry-After); 4xx refusals fail.
/// </summary>
public sealed partial class TeamsReplySender(TeamsConnectorClient connector, ICardTemplates cards, ILogger<TeamsReplySender> logger) : IReplySender
{
    public Platform Platform => Platform.Teams;

    public async Task<SendOutcome> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var conversation = message.Conversation;
        if (string.IsNullOrEmpty(conversation.ServiceUrl))
        {
            return new SendOutcome.Failed("The conversation has no service URL.");
        }

        TeamsOutboundActivity activity;
        try
        {
            activity = ToActivity(message.Reply, conversation, cards);
        }
        catch (KeyNotFoundException ex)
        {
            return new SendOutcome.Failed("Card template missing: " + ex.Message);
        }

        try
        {
            var replace = message.Reply.ReplaceMessageId;
            var response = replace is not null
                ? await connector.UpdateActivityAsync(conversation.ServiceUrl, conversation.ConversationId, replace, activity, cancellationToken)
                : await connector.SendToConversationAsync(conversation.ServiceUrl, conversation.ConversationId, activity, cancellationToken);
            return Outcome(response, replace);
        }
        catch (UntrustedServiceUrlException ex)
        {
            return new SendOutcome.Failed(ex.Message);
        }
        catch (MsalServiceException ex) when (!ex.IsRetryable && ex.StatusCode is >= 400 and < 500 and not 429)
        {
            Log.TokenRefused(logger, ex, ex.ErrorCode);
            return new SendOutcome.Failed("The bot token was refused: " + ex.ErrorCode);
        }
        catch (MsalException ex)
        {
            return new SendOutcome.Retry("Could not get the bot token: " + ex.ErrorCode);
        }
        catch (HttpRequestException ex)
        {
            return new SendOutcome.Retry("Network: " + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome.Retry("The Connector call timed out.");
        }
    }

    /// <summary>
    /// The message activity for a reply: text as markdown, or the bound card with the text as its
    /// notification summary (text beside a card would show twice, and Teams splits it into two
    /// messages, which an update in place then refuses).
    /// </summary>
    public static TeamsOutboundActivity ToActivity(Reply reply, ConversationRef conversation, ICardTemplates cards) => new()
    {
        Text = reply.Card is null ? reply.Text : null,
        TextFormat = reply.Card is null && reply.Text is not null ? "markdown" : null,
        Summary = reply.Card is null ? null : reply.Text,
        From = conversation.BotId is null ? null : new TeamsChannelAccount { Id = conversation.BotId },
        Conversation = new TeamsConversationAccount { Id = conversation.ConversationId },
        Attachments = reply.Card is { } card
            ? [new TeamsAttachment(TeamsAttachment.AdaptiveCardContentType, cards.Render(card.TemplateId, card.Data))]
            : null,
    };

    /// <summary>Maps a Connector answer to a send outcome.</summary>
    public static SendOutcome Outcome(ConnectorResponse response, string? replacedId)
    {
        if (response.IsSuccess)
        {
            return new SendOutcome.Sent(replacedId ?? response.Id);
        }

        var status = (int)response.Status;
        var reason = $"Teams answered {status}: {response.Error}";
        return response.Status switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout => new SendOutcome.Retry(reason, response.RetryAfter),
            _ when status >= 500 => new SendOutcome.Retry(reason, response.RetryAfter),
            HttpStatusCode.Forbidden when response.WritesBlocked => new SendOutcome.Failed("MessageWritesBlocked: the user blocked or uninstalled the bot. " + reason),
            _ => new SendOutcome.Failed(reason),
        };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 510, Level = LogLevel.Error, Message = "Entra refused the bot's token request ({ErrorCode}); check MicrosoftAppId/Password/TenantId")]
        public static partial void TokenRefused(ILogger logger, Exception exception, string errorCode);
    }
}
