namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// The functions templates may call, with their arity checked when the template is compiled. Aliases
/// become the operator Adaptive Expressions builds for them (<c>not</c> is <c>!</c>, <c>and</c> is
/// <c>&amp;&amp;</c>, <c>or</c> is <c>||</c>, <c>equals</c> is <c>==</c>).
/// </summary>
internal static class ExpressionFunctions
{
    private static readonly Dictionary<string, (string Name, int Min, int Max)> Functions = new(StringComparer.Ordinal)
    {
        ["if"] = ("if", 3, 3),
        ["not"] = ("!", 1, 1),
        ["and"] = ("&&", 1, int.MaxValue),
        ["or"] = ("||", 1, int.MaxValue),
        ["equals"] = ("==", 2, 2),
        ["empty"] = ("empty", 1, 1),
        ["exists"] = ("exists", 1, 1),
        ["count"] = ("count", 1, 1),
        ["length"] = ("length", 1, 1),
        ["concat"] = ("concat", 1, int.MaxValue),
        ["join"] = ("join", 2, 3),
        ["toUpper"] = ("toUpper", 1, 1),
        ["toLower"] = ("toLower", 1, 1),
    };

    /// <summary>The function names templates may use, for documentation and tests.</summary>
    public static IReadOnlyCollection<string> Names => Functions.Keys;

    public static CallExpr Create(string name, IReadOnlyList<Expr> arguments, string expression)
    {
        if (!Functions.TryGetValue(name, out var function))
        {
            throw new TemplateBindingException(
                $"Card template expression '${{{expression}}}' calls '{name}', which AimsBot's binder does not support. Supported: {string.Join(", ", Functions.Keys)} (cards/README.md).");
        }

        if (arguments.Count < function.Min || arguments.Count > function.Max)
        {
            throw new TemplateBindingException(
                $"Card template expression '${{{expression}}}' calls '{name}' with {arguments.Count} argument(s); it takes {Arity(function.Min, function.Max)} (cards/README.md).");
        }

        return new CallExpr(function.Name, arguments);
    }

    private static string Arity(int min, int max) => (min, max) switch
    {
        _ when min == max => min.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (_, int.MaxValue) => $"{min} or more",
        _ => $"{min} to {max}",
    };
}
