using System.Text;

namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// Splits a template string into literal text and <c>${...}</c> expressions, as the reference engine
/// does (it parses the string as an Adaptive Expressions backtick template): <c>\$</c> and <c>\`</c> are
/// escapes, an unclosed or empty <c>${</c> is literal text, an unescaped backtick is an error.
/// </summary>
internal static class InterpolatedString
{
    /// <summary>
    /// Null when the string holds no <c>${</c> (it stays a plain string). A string that is exactly one
    /// non-literal expression gives that expression (its value keeps its JSON type); otherwise a
    /// <c>concat</c> of the parts, which always evaluates to a string.
    /// </summary>
    public static Expr? Parse(string text)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = new List<Expr> { new ConstantExpr("") };
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '$' or '`')
            {
                literal.Append(text[i + 1]);
                i += 2;
            }
            else if (c == '`')
            {
                throw new TemplateBindingException($"Card template string '{text}' contains an unescaped backtick (write \\` ), which the reference engine rejects.");
            }
            else if (c == '$' && i + 1 < text.Length && text[i + 1] == '{' && FindClose(text, i + 2) is int close && close > i + 2)
            {
                Flush(parts, literal);
                parts.Add(ExpressionParser.Parse(Trim(text[(i + 1)..(close + 1)])));
                i = close + 1;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        Flush(parts, literal);
        return parts.Count == 2 && parts[1] is not ConstantExpr ? parts[1] : new CallExpr("concat", parts);
    }

    private static void Flush(List<Expr> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new ConstantExpr(literal.ToString()));
            literal.Clear();
        }
    }

    // The closing brace of "${": quoted strings are skipped and nested braces balanced. Null when unclosed.
    private static int? FindClose(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                i++;
                while (i < text.Length && text[i] != c)
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                if (i >= text.Length)
                {
                    return null;
                }
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return null;
    }

    // The reference's trimExpression on "{...}": trim, drop the braces, trim.
    private static string Trim(string braced)
    {
        var result = braced.Trim();
        if (result.StartsWith('{') && result.EndsWith('}'))
        {
            result = result[1..^1];
        }

        return result.Trim();
    }
}
