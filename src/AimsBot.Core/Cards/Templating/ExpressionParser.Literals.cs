using System.Globalization;
using System.Text;

namespace AimsBot.Core.Cards.Templating;

/// <summary>Literal and name scanning for <see cref="ExpressionParser"/>, following the Adaptive Expressions lexer.</summary>
internal sealed partial class ExpressionParser
{
    private string ReadString(char quote)
    {
        var start = ++_position;
        while (true)
        {
            if (AtEnd)
            {
                throw Error("a string literal is not closed");
            }

            var c = _text[_position];
            if (c == '\\' && _position + 1 < _text.Length && (_text[_position + 1] == quote || _text[_position + 1] == '\\'))
            {
                _position += 2;
                continue;
            }

            _position++;
            if (c == quote)
            {
                break;
            }
        }

        var raw = _text[start..(_position - 1)].Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);
        return EvalEscape(raw);
    }

    // Adaptive Expressions' evalEscape: \r \n \t \\ become characters, any other backslash pair stays as written.
    private static string EvalEscape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length || text[i + 1] is '\r' or '\n')
            {
                builder.Append(text[i]);
                continue;
            }

            var next = text[++i];
            builder.Append(next switch { 'r' => "\r", 'n' => "\n", 't' => "\t", '\\' => "\\", _ => "\\" + next });
        }

        return builder.ToString();
    }

    private double ReadNumber()
    {
        var start = _position;
        while (!AtEnd && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        if (!AtEnd && _text[_position] == '.' && _position + 1 < _text.Length && char.IsAsciiDigit(_text[_position + 1]))
        {
            _position++;
            while (!AtEnd && char.IsAsciiDigit(_text[_position]))
            {
                _position++;
            }
        }

        return double.Parse(_text[start.._position], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private string ReadIdentifier()
    {
        var start = _position++;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private void RejectOperators()
    {
        SkipSpace();
        if (!AtEnd && _text[_position] is '+' or '-' or '*' or '/' or '%' or '^' or '&' or '{' or '[')
        {
            throw Error($"'{_text[_position]}' (arithmetic, object or array literals) is not supported");
        }
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$' or '@' or '#';
}
