using System.Text.Json.Serialization;

namespace AimsBot.Core.Conversations;

/// <summary>
/// Where to send a message later (proactively): everything an edge needs to reach a conversation
/// after a restart. Saved from every validated inbound turn.
/// </summary>
public sealed record ConversationRef(Platform Platform, string TenantId, string ConversationId)
{
    /// <summary>Teams: the Connector base URL taken from a validated activity. Null for Slack.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Teams: <c>msteams</c> or <c>emulator</c>; Slack: <c>slack</c>.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The bot's own id in that conversation (Teams <c>28:appId</c>, Slack bot user id).</summary>
    public string? BotId { get; init; }

    /// <summary>Teams <c>personal</c>, <c>groupChat</c>, <c>channel</c>; Slack <c>im</c>, <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>The user this conversation is a personal (1:1) chat with, when it is one.</summary>
    public string? UserKey { get; init; }

    [JsonIgnore]
    public string Key => string.Concat(Platform.ToString().ToLowerInvariant(), ":", TenantId, ":", ConversationId);

    [JsonIgnore]
    public bool IsPersonal => ConversationType is "personal" or "im";
}
