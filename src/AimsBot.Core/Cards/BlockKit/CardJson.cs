using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.BlockKit;

/// <summary>Reads bound Adaptive Card properties leniently (a bound value may be a string, number or bool).</summary>
internal static class CardJson
{
    public static string Type(JsonObject element) => Str(element, "type");

    public static string Str(JsonObject element, string name) => AsString(element[name]);

    public static bool Flag(JsonObject element, string name) => element[name] is JsonValue value && value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => string.Equals(value.GetValue<string>(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public static bool Is(JsonObject element, string name, string expected) =>
        string.Equals(Str(element, name), expected, StringComparison.OrdinalIgnoreCase);

    public static string AsString(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        JsonValue value when value.GetValueKind() == JsonValueKind.True => "true",
        JsonValue value when value.GetValueKind() == JsonValueKind.False => "false",
        JsonValue => "",
        _ => node.ToJsonString(),
    };

    public static IEnumerable<JsonObject> Objects(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonObject>() : [];

    public static int? Int(JsonObject element, string name) =>
        int.TryParse(Str(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An action's data as strings (what a submit delivers besides the inputs).</summary>
    public static Dictionary<string, string> Data(JsonObject action)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (action["data"] is JsonObject values)
        {
            foreach (var (key, value) in values)
            {
                data[key] = AsString(value);
            }
        }

        return data;
    }

    public static bool IsInput(string type) => type.StartsWith("Input.", StringComparison.Ordinal);

    public static bool IsSubmit(string type) => type is "Action.Submit" or "Action.Execute";

    /// <summary>Every element and action of the card, depth first in document order.</summary>
    public static IEnumerable<JsonObject> Walk(JsonObject card)
    {
        foreach (var element in Objects(card["body"]).SelectMany(WalkElement))
        {
            yield return element;
        }

        foreach (var action in Objects(card["actions"]))
        {
            yield return action;
        }
    }

    private static IEnumerable<JsonObject> WalkElement(JsonObject element)
    {
        yield return element;
        var children = Objects(element["items"]).Concat(Objects(element["columns"])).Concat(Objects(element["actions"]));
        foreach (var child in children.SelectMany(WalkElement))
        {
            yield return child;
        }
    }
}
