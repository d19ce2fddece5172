using System.Text.Json;
using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// Expands a compiled template like the reference engine's <c>Template.expand</c>: objects repeat over an
/// array <c>$data</c> (one copy: the object; none: null), <c>$when</c> must be exactly <c>true</c>, array
/// items that expand to arrays are spliced in and null items dropped, undefined properties omitted.
/// </summary>
internal static class TemplateExpander
{
    /// <summary>The expanded value: a <see cref="JsonNode"/>, null, or <see cref="Undefined"/>.</summary>
    public static object? Expand(TemplateNode node, EvalScope scope) => node switch
    {
        LiteralNode literal => literal.Value?.DeepClone(),
        ExpressionNode expression => ToOutput(EvaluateTopLevel(expression.Expression, scope)),
        ArrayNode array => ExpandArray(array, scope),
        ObjectNode obj => ExpandObject(obj, scope),
        _ => throw new InvalidOperationException("Unknown template node " + node.GetType().Name),
    };

    /// <summary>
    /// The reference's <c>internalTryEvaluateExpression</c> with substitution: a top-level <c>concat</c> (an
    /// interpolated string) is joined part by part, a failing part written back as <c>${part}</c>.
    /// </summary>
    private static object? EvaluateTopLevel(Expr expression, EvalScope scope)
    {
        if (expression is CallExpr { Name: "concat" } concat)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var part in concat.Arguments)
            {
                var result = Evaluator.Evaluate(part, scope, substitute: true);
                builder.Append(result.Error is null ? JsValue.ToJsString(result.Value) : "${" + part + "}");
            }

            return builder.ToString();
        }

        var value = Evaluator.Evaluate(expression, scope, substitute: true);
        return value.Error is null
            ? value.Value
            : throw new TemplateBindingException($"Card template expression '${{{expression}}}' failed: {value.Error}");
    }

    private static object? ToOutput(object? value) => value is Undefined ? value : JsValue.ToNode(value);

    private static JsonArray ExpandArray(ArrayNode array, EvalScope scope)
    {
        var result = new JsonArray();
        foreach (var item in array.Items)
        {
            switch (Expand(item, scope))
            {
                case null:
                    break;
                case Undefined:
                    result.Add(null);
                    break;
                case JsonArray items:
                    var children = items.ToList();
                    items.Clear();
                    foreach (var child in children)
                    {
                        result.Add(child);
                    }

                    break;
                case JsonNode node:
                    result.Add(node);
                    break;
            }
        }

        return result;
    }

    private static JsonNode? ExpandObject(ObjectNode obj, EvalScope scope)
    {
        var contexts = DataContexts(obj, scope, out var isArray);
        var copies = new List<JsonObject>();
        for (var i = 0; i < contexts.Count; i++)
        {
            var itemScope = scope;
            if (isArray)
            {
                itemScope = itemScope with { Index = (double)i };
            }

            if (contexts[i] is not Undefined)
            {
                itemScope = itemScope with { Data = contexts[i] };
            }

            if (!IsKept(obj, itemScope))
            {
                continue;
            }

            var copy = new JsonObject();
            foreach (var (name, value) in obj.Properties)
            {
                var expanded = Expand(value, itemScope);
                if (expanded is not Undefined)
                {
                    copy[name] = (JsonNode?)expanded;
                }
            }

            copies.Add(copy);
        }

        return copies.Count switch
        {
            0 => null,
            1 => copies[0],
            _ => new JsonArray([.. copies]),
        };
    }

    private static List<object?> DataContexts(ObjectNode obj, EvalScope scope, out bool isArray)
    {
        isArray = false;
        if (!obj.HasData)
        {
            return [Undefined.Value];
        }

        var data = obj.DataExpression is null ? JsValue.FromNode(obj.DataLiteral) : EvaluateTopLevel(obj.DataExpression, scope);
        if (data is JsonArray array)
        {
            isArray = true;
            return [.. array.Select(JsValue.FromNode)];
        }

        return [data];
    }

    private static bool IsKept(ObjectNode obj, EvalScope scope)
    {
        if (!obj.HasWhen)
        {
            return true;
        }

        if (obj.WhenExpression is not null)
        {
            var when = Evaluator.Evaluate(obj.WhenExpression, scope, substitute: false);
            return when.Error is null && when.Value is true;
        }

        return !IsTruthy(obj.WhenLiteral);
    }

    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonObject or JsonArray => true,
        _ => node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => node.GetValue<string>().Length > 0,
            JsonValueKind.Number => JsValue.FromNode(node) is double n && n != 0 && !double.IsNaN(n),
            _ => false,
        },
    };
}
