namespace AimsBot.Core.Delivery;

/// <summary>
/// The outbox's pace per platform (<c>Delivery:Pacing</c>), below the platforms' own limits so that
/// they rarely answer 429. Slack allows about one message a second per channel (short bursts tolerated)
/// and several hundred a minute per workspace (its limits are per workspace, so no app-wide bucket); Teams
/// allows a bot 7 messages a second and 60 in 30 seconds per conversation, and has a per-app limit across all
/// its conversations and regions (service URLs), which <see cref="Pace.PerApp"/> keeps under.
/// </summary>
public sealed class PacingOptions
{
    public const string SectionName = "Delivery:Pacing";

    /// <summary>Off sends as fast as the concurrency allows (the platform's 429s still hold the destination).</summary>
    public bool Enabled { get; set; } = true;

    public Pace Slack { get; set; } = new() { PerConversation = 1, ConversationBurst = 2, PerDestination = 8, DestinationBurst = 20 };

    public Pace Teams { get; set; } = new() { PerConversation = 1.8, ConversationBurst = 7, PerDestination = 40, DestinationBurst = 50, PerApp = 40, AppBurst = 50 };
}
