using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.Templating;

/// <summary>Adaptive Expressions' <c>commonEquals</c> (<c>==</c>, <c>!=</c>, <c>equals</c>).</summary>
internal static class JsEquality
{
    /// <summary>JavaScript's <c>Number.EPSILON</c>.</summary>
    private const double NumberEpsilon = 2.220446049250313e-16;

    public static bool CommonEquals(object? left, object? right)
    {
        if (JsValue.IsNullish(left) || JsValue.IsNullish(right))
        {
            return JsValue.IsNullish(left) && JsValue.IsNullish(right);
        }

        if (left is JsonArray leftArray && right is JsonArray rightArray)
        {
            if (leftArray.Count != rightArray.Count)
            {
                return false;
            }

            for (var i = 0; i < leftArray.Count; i++)
            {
                if (!CommonEquals(JsValue.FromNode(leftArray[i]), JsValue.FromNode(rightArray[i])))
                {
                    return false;
                }
            }

            return true;
        }

        if (left is JsonObject leftObject && right is JsonObject rightObject)
        {
            return DeepEquals(leftObject, rightObject);
        }

        if (left is double a && right is double b && Math.Abs(a - b) < NumberEpsilon)
        {
            return true;
        }

        return StrictEquals(left, right);
    }

    /// <summary>lodash <c>isEqual</c>: structural, key order ignored, primitives compared strictly.</summary>
    private static bool DeepEquals(object? left, object? right)
    {
        switch (left, right)
        {
            case (JsonObject a, JsonObject b):
                if (a.Count != b.Count)
                {
                    return false;
                }

                foreach (var (key, value) in a)
                {
                    if (!b.TryGetPropertyValue(key, out var other) || !DeepEquals(JsValue.FromNode(value), JsValue.FromNode(other)))
                    {
                        return false;
                    }
                }

                return true;
            case (JsonArray a, JsonArray b):
                if (a.Count != b.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (!DeepEquals(JsValue.FromNode(a[i]), JsValue.FromNode(b[i])))
                    {
                        return false;
                    }
                }

                return true;
            case (double x, double y) when double.IsNaN(x) && double.IsNaN(y):
                return true;
            default:
                return StrictEquals(left, right);
        }
    }

    private static bool StrictEquals(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (Undefined, Undefined) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (double a, double b) => a == b,
        (bool a, bool b) => a == b,
        (JsonNode a, JsonNode b) => ReferenceEquals(a, b),
        _ => false,
    };
}
