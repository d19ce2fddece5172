namespace AimsBot.Teams.Activities;

/// <summary>A message activity the bot sends through the Connector; <c>id</c> is never set.</summary>
public sealed record TeamsOutboundActivity
{
    public string Type { get; init; } = "message";

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public TeamsChannelAccount? From { get; init; }

    public TeamsConversationAccount? Conversation { get; init; }

    public IReadOnlyList<TeamsAttachment>? Attachments { get; init; }
}
