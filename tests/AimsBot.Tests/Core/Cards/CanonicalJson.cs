using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Cards.Templating;

namespace AimsBot.Tests.Core.Cards;

/// <summary>JSON text with object keys sorted and numbers written as JavaScript does, for comparing outputs.</summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder builder)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(first ? "" : ",").Append(JsonSerializer.Serialize(key, Options)).Append(':');
                    Write(value, builder);
                    first = false;
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    Write(array[i], builder);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(node.GetValueKind() == JsonValueKind.Number
                    ? JsValue.NumberToString(double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture))
                    : node.ToJsonString(Options));
                break;
        }
    }
}
