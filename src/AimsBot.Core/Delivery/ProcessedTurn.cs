namespace AimsBot.Core.Delivery;

/// <summary>One run turn: its delivery key is the document id.</summary>
public sealed class ProcessedTurn
{
    public string Id { get; set; } = "";

    /// <summary>Its inbox id when it came through the inbox; none on the synchronous path.</summary>
    public long? InboxId { get; set; }

    public DateTime ProcessedAt { get; set; }

    /// <summary>Set when the turn failed on every attempt and was given up on.</summary>
    public string? Error { get; set; }
}
