namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// Evaluates an <see cref="Expr"/> like Adaptive Expressions' <c>tryEvaluate</c>. With
/// <c>substitute</c> on (the reference engine's <c>nullSubstitution</c>), a path that finds
/// nothing evaluates to the text <c>${path}</c>; logic and comparison functions turn it off for their
/// arguments.
/// </summary>
internal static class Evaluator
{
    public static EvalResult Evaluate(Expr expression, EvalScope scope, bool substitute) => expression switch
    {
        ConstantExpr constant => EvalResult.Of(constant.Value),
        AccessorExpr => EvaluateAccessor(expression, scope, substitute),
        ElementExpr element => EvaluateElement(element, scope, substitute),
        CallExpr call => FunctionEvaluator.Evaluate(call, scope, substitute),
        _ => throw new InvalidOperationException("Unknown expression node " + expression.GetType().Name),
    };

    private static EvalResult EvaluateAccessor(Expr expression, EvalScope scope, bool substitute)
    {
        var (path, left, error) = AccumulatePath(expression, scope, substitute);
        if (error is not null)
        {
            return EvalResult.Fail(error);
        }

        object? value;
        if (left is null)
        {
            value = MemoryPath.GetFromMemory(scope, path ?? "");
        }
        else
        {
            var scopeValue = Evaluate(left, scope, substitute);
            if (scopeValue.Error is not null)
            {
                return scopeValue;
            }

            value = MemoryPath.GetFromValue(scopeValue.Value, path ?? "");
        }

        if (value is Undefined && substitute)
        {
            value = "${" + path + "}";
        }

        return EvalResult.Of(value);
    }

    // FunctionUtils.tryAccumulatePath: folds accessors and element look-ups into one path string.
    private static (string? Path, Expr? Left, string? Error) AccumulatePath(Expr expression, EvalScope scope, bool substitute)
    {
        var path = "";
        Expr? left = expression;
        while (left is not null)
        {
            if (left is AccessorExpr accessor)
            {
                path = accessor.Property + "." + path;
                left = accessor.Instance;
            }
            else if (left is ElementExpr element)
            {
                var index = Evaluate(element.Index, scope, substitute);
                if (index.Error is not null)
                {
                    return (null, null, index.Error);
                }

                var text = JsValue.TemplateString(index.Value);
                if (MemoryPath.JsParseInt(text) is not null)
                {
                    path = "[" + text + "]." + path;
                }
                else if (index.Value is string)
                {
                    path = "['" + text + "']." + path;
                }
                else
                {
                    return (null, null, $"{element.Index} doesn't return an int or string");
                }

                left = element.Instance;
            }
            else
            {
                break;
            }
        }

        path = path.TrimEnd('.').Replace(".[", "[", StringComparison.Ordinal);
        return (path.Length == 0 ? null : path, left, null);
    }

    private static EvalResult EvaluateElement(ElementExpr element, EvalScope scope, bool substitute)
    {
        var instance = Evaluate(element.Instance, scope, substitute);
        if (instance.Error is not null)
        {
            return instance;
        }

        var index = Evaluate(element.Index, scope, substitute: false);
        if (index.Error is not null)
        {
            return index;
        }

        return index.Value switch
        {
            double number when Math.Floor(number) == number && Math.Abs(number) <= int.MaxValue => MemoryPath.AccessIndex(instance.Value, (int)number),
            string property => EvalResult.Of(MemoryPath.AccessProperty(instance.Value, property)),
            _ => EvalResult.Fail($"Could not coerce {element.Index} to an int or string."),
        };
    }
}
