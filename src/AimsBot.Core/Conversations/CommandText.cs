namespace AimsBot.Core.Conversations;

/// <summary>Splits typed text into a command word and its arguments.</summary>
public static class CommandText
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n'];

    public static (string Command, string Arguments) Split(string? text)
    {
        var trimmed = (text ?? "").Trim().TrimStart('/');
        if (trimmed.Length == 0)
        {
            return ("", "");
        }

        var end = trimmed.IndexOfAny(Separators);
        return end < 0
            ? (trimmed.ToLowerInvariant(), "")
            : (trimmed[..end].ToLowerInvariant(), trimmed[(end + 1)..].Trim());
    }

    /// <summary>The edit distance between two words, for "did you mean ...?" suggestions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
