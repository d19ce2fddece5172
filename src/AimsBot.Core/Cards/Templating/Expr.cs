using System.Text;

namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// A parsed expression, shaped like Adaptive Expressions' tree (constants, accessors, elements and
/// calls, with operators as calls named by their symbol) so evaluation and <see cref="ToString"/>
/// (used when an interpolated part fails) match the reference engine.
/// </summary>
internal abstract class Expr
{
    /// <summary>Adaptive Expressions' canonical text of the expression.</summary>
    public abstract override string ToString();
}

/// <summary>A literal: string, number, <c>true</c>/<c>false</c>, <c>null</c>.</summary>
internal sealed class ConstantExpr(object? value) : Expr
{
    public object? Value { get; } = value;

    public override string ToString() => Value switch
    {
        null => "null",
        Undefined => "undefined",
        string text => "'" + EscapeQuotes(text.Replace("\\", "\\\\", StringComparison.Ordinal)) + "'",
        bool flag => flag ? "true" : "false",
        double number => JsValue.NumberToString(number),
        _ => Value.ToString() ?? "",
    };

    // The reference escapes every single quote that is not already preceded by a backslash.
    private static string EscapeQuotes(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'' && (i == 0 || text[i - 1] != '\\'))
            {
                builder.Append('\\');
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}

/// <summary><c>name</c> or <c>instance.name</c>.</summary>
internal sealed class AccessorExpr(string property, Expr? instance) : Expr
{
    public string Property { get; } = property;

    public Expr? Instance { get; } = instance;

    public override string ToString() => Instance is null ? Property : Instance + "." + Property;
}

/// <summary><c>instance[index]</c>.</summary>
internal sealed class ElementExpr(Expr instance, Expr index) : Expr
{
    public Expr Instance { get; } = instance;

    public Expr Index { get; } = index;

    public override string ToString() => Instance + "[" + Index + "]";
}

/// <summary>A function or operator (named by its symbol: <c>==</c>, <c>&amp;&amp;</c>, <c>!</c>, ...).</summary>
internal sealed class CallExpr(string name, IReadOnlyList<Expr> arguments) : Expr
{
    public string Name { get; } = name;

    public IReadOnlyList<Expr> Arguments { get; } = arguments;

    public override string ToString()
    {
        var infix = !char.IsAsciiLetter(Name[0]) && Arguments.Count >= 2;
        var builder = new StringBuilder();
        if (!infix)
        {
            builder.Append(Name);
        }

        builder.Append('(');
        for (var i = 0; i < Arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(infix ? " " + Name + " " : ", ");
            }

            builder.Append(Arguments[i]);
        }

        return builder.Append(')').ToString();
    }
}
