using System.Text.Json;

namespace AimsBot.Teams.Activities;

/// <summary>The fields of an inbound Bot Framework activity that AimsBot reads (PROTOCOLS.md A1).</summary>
public sealed record TeamsActivity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Action { get; init; }

    public string? Text { get; init; }

    public string? Locale { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public string? ReplyToId { get; init; }

    public TeamsChannelAccount? From { get; init; }

    public TeamsChannelAccount? Recipient { get; init; }

    public TeamsConversationAccount? Conversation { get; init; }

    public JsonElement? Value { get; init; }

    public JsonElement? ChannelData { get; init; }

    public IReadOnlyList<JsonElement>? Entities { get; init; }

    public IReadOnlyList<TeamsChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<TeamsChannelAccount>? MembersRemoved { get; init; }
}
