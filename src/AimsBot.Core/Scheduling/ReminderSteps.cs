using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// The reminder steps of a dated item: one per configured offset before the date, and <c>lapsed</c>
/// on the date. At any time only the latest step reached counts, so time missed while the host was
/// down is caught up with one reminder, not one per step skipped.
/// </summary>
public sealed class ReminderSteps
{
    public const string Lapsed = "lapsed";

    private readonly int[] _days;
    private readonly string[] _names;

    public ReminderSteps(IEnumerable<int> days)
    {
        _days = [.. days.Distinct().OrderDescending()];
        _names = [.. _days.Select(d => d.ToString(CultureInfo.InvariantCulture) + "d")];
    }

    /// <summary>The earliest a reminder is sent before a date.</summary>
    public TimeSpan Horizon => TimeSpan.FromDays(_days.Length == 0 ? 0 : _days[0]);

    public static bool TryParse(string? text, [NotNullWhen(true)] out ReminderSteps? steps)
    {
        steps = null;
        var days = new List<int>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.EndsWith('d') || !int.TryParse(part[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 365)
            {
                return false;
            }

            days.Add(value);
        }

        if (days.Count > 10)
        {
            return false;
        }

        steps = new ReminderSteps(days);
        return true;
    }

    /// <summary>The latest step reached at <paramref name="now"/> for a date, or null when no reminder is due yet.</summary>
    public string? Current(DateTimeOffset due, DateTimeOffset now)
    {
        if (now >= due)
        {
            return Lapsed;
        }

        string? step = null;
        for (var i = 0; i < _days.Length; i++)
        {
            if (now >= due - TimeSpan.FromDays(_days[i]))
            {
                step = _names[i];
            }
        }

        return step;
    }
}
