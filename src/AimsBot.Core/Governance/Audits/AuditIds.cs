using System.Globalization;
using System.Text.RegularExpressions;

namespace AimsBot.Core.Governance.Audits;

/// <summary>Ids of audit events (<c>AU-01</c>) and findings (<c>F-0001</c>) as shown and as typed.</summary>
public static partial class AuditIds
{
    public static string Event(int number) => string.Create(CultureInfo.InvariantCulture, $"AU-{number:00}");

    public static string Finding(int number) => string.Create(CultureInfo.InvariantCulture, $"F-{number:0000}");

    /// <summary>The canonical event id of what was typed (<c>au-3</c> → <c>AU-03</c>), or null.</summary>
    public static string? ParseEvent(string? text) => Parse(EventPattern(), text, Event);

    /// <summary>The canonical finding id of what was typed (<c>f-12</c> → <c>F-0012</c>), or null.</summary>
    public static string? ParseFinding(string? text) => Parse(FindingPattern(), text, Finding);

    public static string EventEntity(string id) => "audit:" + id;

    public static string FindingEntity(string id) => "finding:" + id;

    private static string? Parse(Regex pattern, string? text, Func<int, string> format)
    {
        var match = pattern.Match((text ?? "").Trim());
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? format(n) : null;
    }

    [GeneratedRegex(@"^AU-?(\d{1,4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex EventPattern();

    [GeneratedRegex(@"^F-?(\d{1,6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex FindingPattern();
}
