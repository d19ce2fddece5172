namespace AimsBot.Teams.Activities;

/// <summary>A message activity the bot sends through the Connector; <c>id</c> is never set.</summary>
public sealed record TeamsOutboundActivity
{
    public string Type { get; init; } = "message";

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    /// <summary>The notification preview for a card message (the card itself carries the content).</summary>
    public string? Summary { get; init; }

    public TeamsChannelAccount? From { get; init; }

    public TeamsConversationAccount? Conversation { get; init; }

    public IReadOnlyList<TeamsAttachment>? Attachments { get; init; }
}
