using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AimsBot.Core.Scheduling;

/// <summary>Local working hours on working days: when a person may be sent something.</summary>
public sealed record WorkingTime(TimeSpan Start, TimeSpan End, IReadOnlySet<DayOfWeek> Days)
{
    public static bool TryParse(string? hours, string? days, [NotNullWhen(true)] out WorkingTime? working, out string error)
    {
        working = null;
        if (!TryParseHours(hours, out var start, out var end))
        {
            error = $"WorkingHours '{hours}' must look like 09:00-17:00 (start before end, 24:00 allowed as the end).";
            return false;
        }

        if (!TryParseDays(days, out var set))
        {
            error = $"WorkingDays '{days}' must be day names separated by commas, for example Monday,Tuesday,Wednesday,Thursday,Friday.";
            return false;
        }

        working = new WorkingTime(start, end, set);
        error = "";
        return true;
    }

    public static bool TryParseHours(string? text, out TimeSpan start, out TimeSpan end)
    {
        start = end = default;
        var parts = (text ?? "").Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && TryParseClock(parts[0], out start) && TryParseClock(parts[1], out end) && start < end && start < TimeSpan.FromHours(24);
    }

    public static bool TryParseDays(string? text, [NotNullWhen(true)] out IReadOnlySet<DayOfWeek>? days)
    {
        var set = new HashSet<DayOfWeek>();
        foreach (var name in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) || !Enum.IsDefined(day) || int.TryParse(name, out _))
            {
                days = null;
                return false;
            }

            set.Add(day);
        }

        days = set.Count == 0 ? null : set;
        return days is not null;
    }

    /// <summary>True when <paramref name="utc"/> falls inside the working time in <paramref name="zone"/>.</summary>
    public bool Contains(DateTimeOffset utc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        return Days.Contains(local.DayOfWeek) && local.TimeOfDay >= Start && local.TimeOfDay < End;
    }

    /// <summary>The first moment at or after <paramref name="utc"/> inside the working time (UTC).</summary>
    public DateTimeOffset NextStart(DateTimeOffset utc, TimeZoneInfo zone)
    {
        if (Contains(utc, zone))
        {
            return utc;
        }

        var local = TimeZoneInfo.ConvertTime(utc, zone);
        for (var day = 0; day <= 8; day++)
        {
            var date = local.Date.AddDays(day);
            if (!Days.Contains(date.DayOfWeek))
            {
                continue;
            }

            var start = ToUtc(date + Start, zone);
            if (start > utc)
            {
                return start;
            }
        }

        return utc;
    }

    /// <summary>The person's local calendar date at <paramref name="utc"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset utc, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, zone).DateTime);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Clock(Start)}-{Clock(End)} on {string.Join(", ", Days.OrderBy(d => ((int)d + 6) % 7))}");

    private static string Clock(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}");

    /// <summary>A local wall-clock time to UTC; a time skipped by a DST change moves forward by the gap.</summary>
    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(15);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    private static bool TryParseClock(string text, out TimeSpan time)
    {
        time = default;
        if (text == "24:00")
        {
            time = TimeSpan.FromHours(24);
            return true;
        }

        return TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock)
            && (time = clock.ToTimeSpan()) >= TimeSpan.Zero;
    }
}
