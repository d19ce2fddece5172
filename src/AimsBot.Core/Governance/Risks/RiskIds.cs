using System.Globalization;

namespace AimsBot.Core.Governance.Risks;

/// <summary>Risk ids as people type them: <c>R-0001</c>, <c>r-1</c>; and the audit entity name.</summary>
public static class RiskIds
{
    public static string Format(int number) => "R-" + number.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>R-1</c> or <c>r-0001</c> into the canonical id, or null.</summary>
    public static string? Parse(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        if (!t.StartsWith("R-", StringComparison.Ordinal))
        {
            return null;
        }

        return int.TryParse(t[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n < 1_000_000 ? Format(n) : null;
    }

    public static bool LooksLikeId(string text) => text.Trim().StartsWith("R-", StringComparison.OrdinalIgnoreCase) && text.Trim().Length > 2 && char.IsAsciiDigit(text.Trim()[2]);

    public static string Entity(string id) => "risk:" + id;
}
