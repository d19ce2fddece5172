namespace AimsBot.Core.Scheduling;

/// <summary>The committee's digest (and owners' weekly summaries).</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>A five-field cron expression, read in each recipient's time zone (default Monday 09:00).</summary>
    public string Schedule { get; set; } = "0 9 * * 1";

    /// <summary>How far back "new" reaches in a digest (registrations, changes).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(7);
}
