namespace AimsBot.Core.Delivery;

/// <summary>
/// How fast the outbox sends to one platform: a token bucket per conversation (channel, chat), one per
/// destination (a Teams service URL, a Slack workspace) and, when <see cref="PerApp"/> is set, one for the
/// whole app across every destination (Teams' per-app limit spans its regions' service URLs). A rate is
/// messages per second; a burst is how many may go at once after a quiet spell.
/// </summary>
public sealed class Pace
{
    public double PerConversation { get; set; } = 1;

    public int ConversationBurst { get; set; } = 1;

    public double PerDestination { get; set; } = 20;

    public int DestinationBurst { get; set; } = 20;

    /// <summary>Messages a second for the app across all destinations; 0 means no such bucket.</summary>
    public double PerApp { get; set; }

    public int AppBurst { get; set; } = 1;
}
