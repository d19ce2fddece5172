namespace AimsBot.Core.Delivery;

/// <summary>What a platform sender made of one outbound message.</summary>
public abstract record SendOutcome
{
    /// <summary>Delivered; <paramref name="MessageId"/> identifies the posted message for later updates.</summary>
    public sealed record Sent(string? MessageId) : SendOutcome;

    /// <summary>A passing failure (429, 5xx, network): try again, after <paramref name="After"/> when the platform said so.</summary>
    public sealed record Retry(string Reason, TimeSpan? After = null) : SendOutcome;

    /// <summary>A permanent failure (400, 403 blocked, not found): dead-letter it.</summary>
    public sealed record Failed(string Reason) : SendOutcome;
}
