using System.Globalization;

namespace AimsBot.Core.Governance.Impact;

/// <summary>Impact assessment ids as people type them (<c>IA-0001</c>, <c>ia-1</c>) and the audit entity name.</summary>
public static class ImpactIds
{
    public static string Format(int number) => "IA-" + number.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>IA-1</c> or <c>ia-0001</c> into the canonical id, or null.</summary>
    public static string? Parse(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        if (!t.StartsWith("IA-", StringComparison.Ordinal))
        {
            return null;
        }

        return int.TryParse(t[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n < 1_000_000 ? Format(n) : null;
    }

    public static bool LooksLikeId(string text) => text.Trim().StartsWith("IA-", StringComparison.OrdinalIgnoreCase);

    public static string Entity(string id) => "impact:" + id;
}
