using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// Values as the reference engine (JavaScript) sees them: <see cref="Undefined"/>, <c>null</c>,
/// <see cref="string"/>, <see cref="double"/>, <see cref="bool"/>, and data objects/arrays kept as
/// <see cref="JsonObject"/>/<see cref="JsonArray"/>. Conversions follow JavaScript's rules.
/// </summary>
internal static class JsValue
{
    /// <summary>Reads a data node as a value; objects and arrays stay nodes (never copied here).</summary>
    public static object? FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject or JsonArray:
                return node;
        }

        var value = node.AsValue();
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return value.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(value.ToJsonString());
            case JsonValueKind.Number:
                return value.TryGetValue<double>(out var number) ? number : double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Turns a value into output JSON; data objects and arrays are deep-copied.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null or Undefined => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        double number when Math.Abs(number) < 9007199254740992d && Math.Floor(number) == number && !IsNegativeZero(number) => JsonValue.Create((long)number),
        double number => JsonValue.Create(number),
        JsonNode node => node.DeepClone(),
        _ => throw new InvalidOperationException("Unexpected value type " + value.GetType().Name),
    };

    /// <summary>Adaptive Expressions' <c>isLogicTrue</c>: booleans are themselves, null/undefined false, anything else true.</summary>
    public static bool IsLogicTrue(object? value) => value switch
    {
        bool flag => flag,
        null or Undefined => false,
        _ => true,
    };

    public static bool IsNullish(object? value) => value is null or Undefined;

    /// <summary>JavaScript's <c>value.toString()</c> (throws for null/undefined, as the reference engine does).</summary>
    public static string ToJsString(object? value) => value switch
    {
        null or Undefined => throw new TemplateBindingException($"Cannot read properties of {(value is null ? "null" : "undefined")} (reading 'toString'): an expression inside a longer string produced {(value is null ? "null" : "undefined")}."),
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => NumberToString(number),
        JsonArray array => JoinArray(array, ","),
        JsonObject => "[object Object]",
        _ => throw new InvalidOperationException("Unexpected value type " + value.GetType().Name),
    };

    /// <summary>JavaScript's <c>String(value)</c>: like <see cref="ToJsString"/> but null/undefined become words.</summary>
    public static string TemplateString(object? value) => value switch
    {
        null => "null",
        Undefined => "undefined",
        _ => ToJsString(value),
    };

    /// <summary>JavaScript's <c>Array.prototype.join</c>: null/undefined items become empty strings.</summary>
    public static string JoinArray(JsonArray array, string separator)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            var item = FromNode(array[i]);
            if (!IsNullish(item))
            {
                builder.Append(ToJsString(item));
            }
        }

        return builder.ToString();
    }

    /// <summary>Adaptive Expressions' <c>commonStringify</c> (used by <c>concat</c>).</summary>
    public static string CommonStringify(object? value) => value switch
    {
        null or Undefined => "",
        JsonNode node => node.ToJsonString().Trim('"', '\''),
        _ => ToJsString(value),
    };

    /// <summary>JavaScript's <c>Number.prototype.toString()</c> (shortest round-trip digits, JS exponent rules).</summary>
    public static string NumberToString(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (number == 0)
        {
            return "0";
        }

        var sign = number < 0 ? "-" : "";
        var (digits, point) = Decompose(Math.Abs(number).ToString("R", CultureInfo.InvariantCulture));
        var k = digits.Length;
        if (k <= point && point <= 21)
        {
            return sign + digits + new string('0', point - k);
        }

        if (point > 0 && point <= 21)
        {
            return sign + digits[..point] + "." + digits[point..];
        }

        if (point > -6 && point <= 0)
        {
            return sign + "0." + new string('0', -point) + digits;
        }

        var exponent = point - 1;
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent > 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    private static (string Digits, int Point) Decompose(string roundTrip)
    {
        var exponent = 0;
        var e = roundTrip.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(roundTrip[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            roundTrip = roundTrip[..e];
        }

        var dot = roundTrip.IndexOf('.', StringComparison.Ordinal);
        var integer = dot >= 0 ? roundTrip[..dot] : roundTrip;
        var fraction = dot >= 0 ? roundTrip[(dot + 1)..] : "";
        var all = integer + fraction;
        var point = integer.Length + exponent;
        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        var digits = all[leading..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, point - leading);
    }

    private static bool IsNegativeZero(double number) => number == 0 && double.IsNegative(number);
}
