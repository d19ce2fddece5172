using System.Text;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Governance;

/// <summary>Name normalisation and likeness for duplicate warnings.</summary>
public static class SystemNames
{
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>True when two normalised names are the same or a couple of edits apart.</summary>
    public static bool AreSimilar(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        return shorter >= 4 && CommandText.Distance(a, b) <= Math.Max(1, shorter / 6);
    }

    public static string FormatId(int number) => "AI-" + number.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses <c>AI-1</c>, <c>ai-0001</c> or <c>1</c> into a canonical id, or null.</summary>
    public static string? ParseId(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        if (t.StartsWith("AI-", StringComparison.Ordinal))
        {
            t = t[3..];
        }

        return int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 && n < 1_000_000
            ? FormatId(n)
            : null;
    }
}
