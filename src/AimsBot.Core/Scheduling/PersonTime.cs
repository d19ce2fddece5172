namespace AimsBot.Core.Scheduling;

/// <summary>A person's clock: their zone, working time and what they chose to receive.</summary>
/// <param name="ZoneSource">Where the zone came from: <c>settings</c>, <c>platform</c> or <c>organisation</c>.</param>
public sealed record PersonTime(string UserKey, TimeZoneInfo Zone, WorkingTime Working, bool Digest, bool Summary, string ZoneSource)
{
    /// <summary>When a message to this person may be delivered: null now, else the next start of their working time.</summary>
    public DateTimeOffset? NotBefore(DateTimeOffset now) =>
        Working.Contains(now, Zone) ? null : Working.NextStart(now, Zone);

    public DateOnly LocalDate(DateTimeOffset now) => WorkingTime.LocalDate(now, Zone);
}
