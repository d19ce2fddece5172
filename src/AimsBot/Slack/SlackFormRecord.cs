using AimsBot.Core.Storage;

namespace AimsBot.Slack;

/// <summary>
/// A form posted as a Slack message: the bound card (to open its modal within the 3 s of a
/// <c>trigger_id</c>), where the message is, and its submit verb. Keyed by the card instance id.
/// </summary>
public sealed class SlackFormRecord : IStoredRecord
{
    /// <summary>The card instance id (<c>cardId</c>).</summary>
    public string Id { get; set; } = "";

    public string TeamId { get; set; } = "";

    public string Channel { get; set; } = "";

    /// <summary>The message holding the "Open form" button.</summary>
    public string MessageTs { get; set; } = "";

    public string ConversationType { get; set; } = "";

    public string Verb { get; set; } = "";

    /// <summary>The bound Adaptive Card as JSON.</summary>
    public string Card { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
