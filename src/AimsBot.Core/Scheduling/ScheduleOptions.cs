namespace AimsBot.Core.Scheduling;

/// <summary>The scheduler's clock and the organisation's default working time (validated at start).</summary>
public sealed class ScheduleOptions
{
    public const string SectionName = "Schedule";

    /// <summary>Off stops the timer (nothing is sent unasked); commands such as <c>digest</c> still work.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the planner looks at the records.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The time zone (IANA, for example <c>Europe/Berlin</c>) of people whose own zone is not known.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Local working hours, <c>HH:mm-HH:mm</c> (<c>24:00</c> allowed as the end).</summary>
    public string WorkingHours { get; set; } = "09:00-17:00";

    /// <summary>Comma-separated English day names.</summary>
    public string WorkingDays { get; set; } = "Monday,Tuesday,Wednesday,Thursday,Friday";

    /// <summary>How long after a failed first contact the bot tries to reach the person again.</summary>
    public TimeSpan RetryUnreachableAfter { get; set; } = TimeSpan.FromHours(6);
}
