using System.Text.Json.Serialization;

namespace AimsBot.Core.Conversations;

/// <summary>
/// One thing a person did, as the core sees it: no platform types, only what a dialog needs.
/// </summary>
/// <param name="Id">The platform's delivery id (Teams activity id, Slack event id or a request id),
/// unique per platform; the inbox deduplicates on it.</param>
public sealed record IncomingTurn(
    string Id,
    TurnKind Kind,
    ConversationRef Conversation,
    UserRef User,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The text with any bot mention stripped.</summary>
    public string? Text { get; init; }

    /// <summary>Submitted card data: the action's data merged with the input values, as strings.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary>The id of the message holding the card that was acted on (Teams replyToId, Slack message ts).</summary>
    public string? CardMessageId { get; init; }

    /// <summary>The person's IANA or Windows time zone, when the platform told us.</summary>
    public string? TimeZone { get; init; }

    public string? Locale { get; init; }

    /// <summary>People mentioned in the text (Teams mention entities, Slack <c>&lt;@U…&gt;</c>), the bot excluded.</summary>
    public IReadOnlyList<UserRef>? Mentions { get; init; }

    [JsonIgnore]
    public Platform Platform => Conversation.Platform;

    /// <summary>Reads one submitted value, or null.</summary>
    public string? Value(string key) =>
        Data is not null && Data.TryGetValue(key, out var value) ? value : null;
}
