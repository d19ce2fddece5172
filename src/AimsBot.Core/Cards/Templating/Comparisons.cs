using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// Adaptive Expressions' comparison evaluators (<c>== != &lt; &lt;= &gt; &gt;= empty exists</c>): arguments
/// are read without substitution, and an argument that fails or does not verify makes the result
/// <c>false</c> rather than an error.
/// </summary>
internal static class Comparisons
{
    public static EvalResult Evaluate(CallExpr call, EvalScope scope)
    {
        var values = new object?[call.Arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var result = Evaluator.Evaluate(call.Arguments[i], scope, substitute: false);
            if (result.Error is not null || !Verify(call.Name, result.Value))
            {
                return EvalResult.Of(false);
            }

            values[i] = result.Value;
        }

        return call.Name switch
        {
            "==" => EvalResult.Of(JsEquality.CommonEquals(values[0], values[1])),
            "!=" => EvalResult.Of(!JsEquality.CommonEquals(values[0], values[1])),
            "empty" => EvalResult.Of(IsEmpty(values[0])),
            "exists" => EvalResult.Of(true),
            _ => Order(call.Name, values[0], values[1]),
        };
    }

    private static bool Verify(string name, object? value) => name switch
    {
        "<" or "<=" or ">" or ">=" or "exists" => !JsValue.IsNullish(value),
        "empty" => value is null or Undefined or string or JsonNode,
        _ => true,
    };

    private static bool IsEmpty(object? value) => value switch
    {
        null or Undefined => true,
        string text => text.Length == 0,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ => false,
    };

    private static EvalResult Order(string name, object? left, object? right)
    {
        int comparison;
        if (left is double a && right is double b && !double.IsNaN(a) && !double.IsNaN(b))
        {
            comparison = a.CompareTo(b);
        }
        else if (left is string x && right is string y)
        {
            comparison = string.CompareOrdinal(x, y);
        }
        else
        {
            return EvalResult.Fail($"{JsValue.TemplateString(left)} and {JsValue.TemplateString(right)} must be comparable.");
        }

        return EvalResult.Of(name switch
        {
            "<" => comparison < 0,
            "<=" => comparison <= 0,
            ">" => comparison > 0,
            _ => comparison >= 0,
        });
    }
}
