using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.Templating;

/// <summary>The supported functions and operators, each following its Adaptive Expressions evaluator.</summary>
internal static class FunctionEvaluator
{
    public static EvalResult Evaluate(CallExpr call, EvalScope scope, bool substitute)
    {
        var arguments = call.Arguments;
        switch (call.Name)
        {
            case "if":
                var condition = Evaluator.Evaluate(arguments[0], scope, substitute: false);
                return Evaluator.Evaluate(condition.Error is null && JsValue.IsLogicTrue(condition.Value) ? arguments[1] : arguments[2], scope, substitute);
            case "!":
                var operand = Evaluator.Evaluate(arguments[0], scope, substitute: false);
                return EvalResult.Of(operand.Error is not null || !JsValue.IsLogicTrue(operand.Value));
            case "&&":
                foreach (var argument in arguments)
                {
                    var result = Evaluator.Evaluate(argument, scope, substitute: false);
                    if (result.Error is not null || !JsValue.IsLogicTrue(result.Value))
                    {
                        return EvalResult.Of(false);
                    }
                }

                return EvalResult.Of(true);
            case "||":
                object? last = false;
                foreach (var argument in arguments)
                {
                    var result = Evaluator.Evaluate(argument, scope, substitute: false);
                    if (result.Error is null && JsValue.IsLogicTrue(result.Value))
                    {
                        return EvalResult.Of(true);
                    }

                    last = result.Value;
                }

                return EvalResult.Of(last);
            case "==" or "!=" or "<" or "<=" or ">" or ">=" or "empty" or "exists":
                return Comparisons.Evaluate(call, scope);
            default:
                return Apply(call, scope, substitute);
        }
    }

    // FunctionUtils.apply: evaluate every argument (stopping at the first error), verify, then compute.
    private static EvalResult Apply(CallExpr call, EvalScope scope, bool substitute)
    {
        var values = new object?[call.Arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var result = Evaluator.Evaluate(call.Arguments[i], scope, substitute);
            if (result.Error is not null)
            {
                return result;
            }

            values[i] = result.Value;
        }

        return call.Name switch
        {
            "count" => Count(call, values[0]),
            "length" => StringFunction(call, values[0], text => (double)text.Length),
            "toUpper" => StringFunction(call, values[0], text => text.ToUpperInvariant()),
            "toLower" => StringFunction(call, values[0], text => text.ToLowerInvariant()),
            "concat" => EvalResult.Of(values.Skip(1).Aggregate(values[0], Concat)),
            "join" => Join(call, values),
            _ => throw new InvalidOperationException("Unknown function " + call.Name),
        };
    }

    private static EvalResult Count(CallExpr call, object? value) => value switch
    {
        string text => EvalResult.Of((double)text.Length),
        JsonArray array => EvalResult.Of((double)array.Count),
        JsonObject obj => EvalResult.Of((double)obj.Count),
        null => EvalResult.Fail("Cannot convert undefined or null to object"),
        _ => EvalResult.Fail($"{call.Arguments[0]} must be a string, list, map or object."),
    };

    // verifyStringOrNull: a string or undefined (read as ""); null and anything else fail.
    private static EvalResult StringFunction(CallExpr call, object? value, Func<string, object> compute) => value switch
    {
        string text => EvalResult.Of(compute(text)),
        Undefined => EvalResult.Of(compute("")),
        _ => EvalResult.Fail($"{call.Arguments[0]} is neither a string nor a null object."),
    };

    private static object? Concat(object? left, object? right)
    {
        if (JsValue.IsNullish(left) && JsValue.IsNullish(right))
        {
            return Undefined.Value;
        }

        if (JsValue.IsNullish(left) && right is JsonArray)
        {
            return right;
        }

        if (JsValue.IsNullish(right) && left is JsonArray)
        {
            return left;
        }

        if (left is JsonArray first && right is JsonArray second)
        {
            return new JsonArray([.. first.Select(n => n?.DeepClone()), .. second.Select(n => n?.DeepClone())]);
        }

        return JsValue.CommonStringify(left) + JsValue.CommonStringify(right);
    }

    private static EvalResult Join(CallExpr call, object?[] values)
    {
        if (values[0] is not JsonArray array)
        {
            return EvalResult.Fail($"{call.Arguments[0]} evaluates to {JsValue.TemplateString(values[0])} which is not a list.");
        }

        if (values.Length == 2)
        {
            return EvalResult.Of(JsValue.JoinArray(array, Separator(values[1])));
        }

        if (array.Count < 3)
        {
            return EvalResult.Of(JsValue.JoinArray(array, Separator(values[2])));
        }

        var head = new JsonArray([.. array.Take(array.Count - 1).Select(n => n?.DeepClone())]);
        return EvalResult.Of(JsValue.JoinArray(head, Separator(values[1])) + JsValue.TemplateString(values[2]) + JsValue.TemplateString(JsValue.FromNode(array[^1])));
    }

    // Array.prototype.join(separator): an undefined separator means ",".
    private static string Separator(object? value) => value is Undefined ? "," : JsValue.TemplateString(value);
}
