using System.Globalization;
using Humanizer;

namespace AimsBot.Core.Scheduling;

/// <summary>Dates in words, relative to now: "due in 3 days", "2 weeks overdue", "due today".</summary>
public static class DueWords
{
    public static string Of(DateTimeOffset due, DateTimeOffset now)
    {
        var gap = due - now;
        if (gap.Duration() < TimeSpan.FromDays(1))
        {
            return gap >= TimeSpan.Zero ? "due today" : "due since today";
        }

        var words = gap.Duration().Humanize(precision: 1, culture: CultureInfo.InvariantCulture, maxUnit: TimeUnit.Week, minUnit: TimeUnit.Day);
        return gap > TimeSpan.Zero ? "due in " + words : words + " overdue";
    }

    /// <summary>A period after "in the last": "week" for one week, "2 weeks", "day", "12 hours".</summary>
    public static string Period(TimeSpan period)
    {
        var words = period.Humanize(culture: CultureInfo.InvariantCulture);
        return words.StartsWith("1 ", StringComparison.Ordinal) ? words[2..] : words;
    }

    /// <summary>"3 new systems", "1 pending approval".</summary>
    public static string Count(int count, string noun) => noun.ToQuantity(count);

    /// <summary>A date in the person's zone, as a day ("Monday 2 November 2026").</summary>
    public static string Day(DateTimeOffset utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(utc, zone).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
