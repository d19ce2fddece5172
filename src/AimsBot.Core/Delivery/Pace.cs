namespace AimsBot.Core.Delivery;

/// <summary>
/// How fast the outbox sends to one platform: a token bucket per conversation (channel, chat) and one per
/// destination (a Teams service URL, a Slack workspace). A rate is messages per second; a burst is how
/// many may go at once after a quiet spell.
/// </summary>
public sealed class Pace
{
    public double PerConversation { get; set; } = 1;

    public int ConversationBurst { get; set; } = 1;

    public double PerDestination { get; set; } = 20;

    public int DestinationBurst { get; set; } = 20;
}
