using System.Text;

namespace AimsBot.Core.Conversations;

/// <summary>
/// User text is data: escapes it for the small markdown the core writes in text replies and card
/// text (bold, italics, links), so typed <c>**</c>, <c>[x](y)</c> or <c>&lt;at&gt;</c> stay literal.
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
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '`' or '~' or '#' or '>' or '<' or '|':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
