using System.Text;

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
        return shorter >= 4 && WithinDistance(a, b, Math.Max(1, shorter / 6));
    }

    /// <summary>
    /// True when the edit distance is at most <paramref name="limit"/>: a banded computation that
    /// stops as soon as the limit is exceeded, so checking a name against a large inventory stays cheap.
    /// </summary>
    public static bool WithinDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return false;
        }

        // Two rows; on the stack for names of ordinary length (the index calls this for every candidate).
        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current[0] = i;
            if (from > 1)
            {
                current[from - 1] = limit + 1;
            }

            var best = limit + 1;
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var up = j < i + limit ? previous[j] + 1 : limit + 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, up), previous[j - 1] + cost);
                current[j] = value;
                best = Math.Min(best, value);
            }

            if (to < b.Length)
            {
                current[to + 1] = limit + 1;
            }

            if (best > limit && i >= limit)
            {
                return false;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length] <= limit;
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
