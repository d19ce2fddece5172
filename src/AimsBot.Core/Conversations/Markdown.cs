using System.Text;

namespace AimsBot.Core.Conversations;

/// <summary>
/// User text is data: escapes it for the small markdown the core writes in text replies and card
/// text (bold, italics, links), so typed <c>**</c>, <c>[x](y)</c> or <c>&lt;at&gt;</c> stay literal.
/// The escapes are CommonMark backslash escapes (Teams and the Adaptive Cards renderers honour them);
/// a renderer for another dialect (Slack mrkdwn) calls <see cref="Unescape"/> and applies its own escaping.
/// Invisible and bidirectional control characters are shown as U+FFFD (<see cref="InvisibleText"/>).
/// </summary>
public static class Markdown
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in InvisibleText.Neutralize(text))
        {
            switch (c)
            {
                case '\\' or '*' or '_' or '[' or ']' or '`' or '~' or '>' or '<':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Removes the backslash escapes <see cref="Escape"/> added.</summary>
    public static string Unescape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('\\', StringComparison.Ordinal))
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && Escaped.Contains(text[i + 1], StringComparison.Ordinal))
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private const string Escaped = "\\*_[]`~><";
}
