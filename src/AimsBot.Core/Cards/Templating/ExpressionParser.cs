namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// Parses the expression inside <c>${...}</c>: the subset of Adaptive Expressions documented in
/// <c>cards/README.md</c>, with its precedence (unary, then <c>== !=</c>, then <c>&lt; &lt;= &gt; &gt;=</c>,
/// then <c>&amp;&amp;</c>, <c>||</c>, <c>?:</c>). Anything else is rejected when the template is compiled.
/// </summary>
internal sealed partial class ExpressionParser
{
    private readonly string _text;
    private int _position;

    private ExpressionParser(string text)
    {
        _text = text;
    }

    public static Expr Parse(string text)
    {
        var parser = new ExpressionParser(text);
        parser.SkipSpace();
        if (parser.AtEnd)
        {
            return new ConstantExpr("");
        }

        var expression = parser.ParseTernary();
        parser.SkipSpace();
        if (!parser.AtEnd)
        {
            throw parser.Error($"unexpected '{parser._text[parser._position..]}'");
        }

        return expression;
    }

    private bool AtEnd => _position >= _text.Length;

    private Expr ParseTernary()
    {
        var condition = ParseBinary(0);
        if (!Accept("?"))
        {
            return condition;
        }

        var whenTrue = ParseTernary();
        Expect(":");
        var whenFalse = ParseTernary();
        return new CallExpr("if", [condition, whenTrue, whenFalse]);
    }

    // Levels from loosest to tightest; equality binds tighter than comparison in Adaptive Expressions.
    private static readonly string[][] Levels = [["||"], ["&&"], ["<=", ">=", "<", ">"], ["==", "!=", "<>"]];

    private Expr ParseBinary(int level)
    {
        if (level == Levels.Length)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (true)
        {
            SkipSpace();
            var symbol = Levels[level].FirstOrDefault(Peek);
            if (symbol is null)
            {
                return left;
            }

            _position += symbol.Length;
            var right = ParseBinary(level + 1);
            left = new CallExpr(symbol == "<>" ? "!=" : symbol, [left, right]);
        }
    }

    private Expr ParseUnary()
    {
        SkipSpace();
        if (Peek("!") && !Peek("!="))
        {
            _position++;
            return new CallExpr("!", [ParseUnary()]);
        }

        RejectOperators();
        return ParsePostfix(ParsePrimary());
    }

    private Expr ParsePrimary()
    {
        SkipSpace();
        if (AtEnd)
        {
            throw Error("an expression is missing");
        }

        var c = _text[_position];
        if (c == '(')
        {
            _position++;
            var inner = ParseTernary();
            Expect(")");
            return inner;
        }

        if (c is '\'' or '"')
        {
            return new ConstantExpr(ReadString(c));
        }

        if (char.IsAsciiDigit(c))
        {
            return new ConstantExpr(ReadNumber());
        }

        if (IsIdentifierStart(c))
        {
            var name = ReadIdentifier();
            SkipSpace();
            if (Peek("("))
            {
                return ParseCall(name);
            }

            return name switch
            {
                "true" => new ConstantExpr(true),
                "false" => new ConstantExpr(false),
                "null" => new ConstantExpr(null),
                "undefined" => new ConstantExpr(Undefined.Value),
                _ => new AccessorExpr(name, null),
            };
        }

        throw Error($"'{c}' is not supported here");
    }

    private Expr ParsePostfix(Expr expression)
    {
        while (true)
        {
            SkipSpace();
            if (Accept("."))
            {
                SkipSpace();
                if (AtEnd || !IsIdentifierStart(_text[_position]))
                {
                    throw Error("a property name must follow '.'");
                }

                expression = new AccessorExpr(ReadIdentifier(), expression);
            }
            else if (Accept("["))
            {
                var index = ParseTernary();
                Expect("]");
                expression = new ElementExpr(expression, index);
            }
            else
            {
                return expression;
            }
        }
    }

    private CallExpr ParseCall(string name)
    {
        Expect("(");
        var arguments = new List<Expr>();
        SkipSpace();
        if (!Accept(")"))
        {
            do
            {
                arguments.Add(ParseTernary());
            }
            while (Accept(","));
            Expect(")");
        }

        return ExpressionFunctions.Create(name, arguments, _text);
    }

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private bool Peek(string symbol) => string.CompareOrdinal(_text, _position, symbol, 0, symbol.Length) == 0;

    private bool Accept(string symbol)
    {
        SkipSpace();
        if (!Peek(symbol))
        {
            return false;
        }

        _position += symbol.Length;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw Error($"'{symbol}' expected");
        }
    }

    private TemplateBindingException Error(string problem) =>
        new($"Card template expression '${{{_text}}}' is not supported: {problem} at position {_position}. See cards/README.md for the supported subset.");
}
