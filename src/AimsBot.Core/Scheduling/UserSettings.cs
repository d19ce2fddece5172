namespace AimsBot.Core.Scheduling;

/// <summary>What a person chose with <c>settings</c>; anything null falls back to the platform or the organisation.</summary>
public sealed class UserSettings
{
    /// <summary>The user key.</summary>
    public string Id { get; set; } = "";

    public string? TimeZone { get; set; }

    public string? WorkingHours { get; set; }

    public string? WorkingDays { get; set; }

    /// <summary>The committee digest (on by default for committee members).</summary>
    public bool? Digest { get; set; }

    /// <summary>The owner's own weekly summary (off by default).</summary>
    public bool Summary { get; set; }

    public DateTime UpdatedAt { get; set; }
}
