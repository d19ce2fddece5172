namespace AimsBot.Core.Scheduling;

/// <summary>When people are reminded of a date: some days before it, and when it lapses.</summary>
public sealed class RemindersOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Days before a date, comma-separated (<c>30d,7d,1d</c>); a reminder on the day it lapses is always sent.</summary>
    public string Offsets { get; set; } = "30d,7d,1d";
}
