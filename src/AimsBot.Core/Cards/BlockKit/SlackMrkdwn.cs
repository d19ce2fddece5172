using System.Text;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Cards.BlockKit;

/// <summary>
/// Text for Slack: escapes the three characters Slack treats as control (<c>&amp;</c>, <c>&lt;</c>,
/// <c>&gt;</c>), so <c>&lt;!channel&gt;</c>, <c>&lt;@U…&gt;</c> and <c>&lt;url|text&gt;</c> typed by a person stay
/// literal, and converts the core's markdown (<c>**bold**</c>, backslash escapes) to mrkdwn.
/// </summary>
public static class SlackMrkdwn
{
    /// <summary>Escapes text for a mrkdwn or plain_text object (Slack's documented escaping).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            AppendEscaped(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Converts the core's markdown to mrkdwn: <c>**bold**</c> becomes <c>*bold*</c>, a backslash-escaped
    /// character becomes itself, and everything is escaped for Slack. Links are never produced:
    /// user text reaches here escaped, and templates write URLs only in Action.OpenUrl.
    /// </summary>
    public static string FromMarkdown(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return "";
        }

        var builder = new StringBuilder(markdown.Length + 8);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && IsEscapable(markdown[i + 1]))
            {
                i++;
                AppendEscaped(builder, markdown[i]);
            }
            else if (c == '*' && i + 1 < markdown.Length && markdown[i + 1] == '*')
            {
                i++;
                builder.Append('*');
            }
            else
            {
                AppendEscaped(builder, c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Plain text without markdown marks (for header and plain_text objects, which Slack shows as typed).</summary>
    public static string ToPlain(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return "";
        }

        var builder = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && IsEscapable(markdown[i + 1]))
            {
                i++;
                builder.Append(markdown[i]);
            }
            else if (c == '*' && i + 1 < markdown.Length && markdown[i + 1] == '*')
            {
                i++;
            }
            else
            {
                builder.Append(c);
            }
        }

        return InvisibleText.Neutralize(builder.ToString());
    }

    private static bool IsEscapable(char c) => c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '`' or '~' or '#' or '>' or '<' or '|';

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '&':
                builder.Append("&amp;");
                break;
            case '<':
                builder.Append("&lt;");
                break;
            case '>':
                builder.Append("&gt;");
                break;
            default:
                builder.Append(InvisibleText.IsInvisible(c) ? InvisibleText.Replacement : c);
                break;
        }
    }
}
