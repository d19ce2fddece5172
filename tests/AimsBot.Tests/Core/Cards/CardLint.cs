using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Cards;

namespace AimsBot.Tests.Core.Cards;

/// <summary>
/// Structural rules every AimsBot card follows (COMMON card conventions): only <see cref="CardElements"/>
/// types, submit data with <c>verb</c> and <c>cardId</c>, inputs with ids. Returns readable problems.
/// </summary>
public static class CardLint
{
    /// <summary>Element and action types used anywhere in the card, with problems about them.</summary>
    public static IReadOnlyList<string> CheckTypes(JsonObject card)
    {
        var problems = new List<string>();
        if (card["type"]?.GetValue<string>() != "AdaptiveCard")
        {
            problems.Add("the root type is not AdaptiveCard");
        }

        foreach (var (path, obj) in TypedObjects(card))
        {
            if (ReferenceEquals(obj, card))
            {
                continue;
            }

            var type = obj["type"]!.GetValueKind() == JsonValueKind.String ? obj["type"]!.GetValue<string>() : "";
            if (type.Contains("${", StringComparison.Ordinal))
            {
                problems.Add($"{path}: type '{type}' is an expression; types must be literal");
            }
            else if (!CardElements.Elements.Contains(type) && !CardElements.Actions.Contains(type) && !CardElements.DataObjects.Contains(type))
            {
                problems.Add($"{path}: '{type}' is not an allowed element or action (CardElements)");
            }
        }

        return problems;
    }

    /// <summary>Every Action.Submit/Execute sends <c>verb</c> and <c>cardId</c> in its data; Execute also has a verb.</summary>
    public static IReadOnlyList<string> CheckSubmitData(JsonObject card)
    {
        var problems = new List<string>();
        foreach (var (path, action) in TypedObjects(card).Where(o => CardElements.SubmitActions.Contains(TypeOf(o.Object))))
        {
            if (action["data"] is not JsonObject data || !IsNonEmptyString(data[CardElements.VerbKey]) || !IsNonEmptyString(data[CardElements.CardIdKey]))
            {
                problems.Add($"{path}: {TypeOf(action)} must have data with non-empty \"verb\" and \"cardId\"");
            }
            else if (!data[CardElements.VerbKey]!.GetValue<string>().Contains('/', StringComparison.Ordinal))
            {
                problems.Add($"{path}: verb '{data[CardElements.VerbKey]}' is not \"dialog/step\"");
            }

            if (TypeOf(action) == "Action.Execute" && !IsNonEmptyString(action["verb"]))
            {
                problems.Add($"{path}: Action.Execute needs its own verb (Teams routes on it)");
            }
        }

        return problems;
    }

    /// <summary>Every input has an id that is not reserved; ids are unique in the card.</summary>
    public static IReadOnlyList<string> CheckInputs(JsonObject card)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, input) in TypedObjects(card).Where(o => CardElements.Inputs.Contains(TypeOf(o.Object))))
        {
            if (!IsNonEmptyString(input["id"]))
            {
                problems.Add($"{path}: {TypeOf(input)} has no id");
                continue;
            }

            var id = input["id"]!.GetValue<string>();
            if (CardElements.ReservedDataKeys.Contains(id))
            {
                problems.Add($"{path}: input id '{id}' is reserved");
            }

            if (!seen.Add(id))
            {
                problems.Add($"{path}: input id '{id}' is used twice");
            }
        }

        return problems;
    }

    /// <summary>Strings in the card that still hold <c>${</c>.</summary>
    public static IReadOnlyList<string> LeftoverExpressions(JsonNode? node, string path = "$")
    {
        var found = new List<string>();
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    found.AddRange(LeftoverExpressions(value, path + "." + key));
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    found.AddRange(LeftoverExpressions(array[i], $"{path}[{i}]"));
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Contains("${", StringComparison.Ordinal):
                found.Add($"{path}: {value.GetValue<string>()}");
                break;
        }

        return found;
    }

    private static string TypeOf(JsonObject obj) =>
        obj["type"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";

    private static bool IsNonEmptyString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length > 0;

    // Objects with a "type", skipping action data (free-form) and msteams extensions.
    private static IEnumerable<(string Path, JsonObject Object)> TypedObjects(JsonNode? node, string path = "$")
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var found in TypedObjects(array[i], $"{path}[{i}]"))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonObject obj)
        {
            if (obj.ContainsKey("type"))
            {
                yield return (path, obj);
            }

            foreach (var (key, value) in obj)
            {
                if (key is "data" or "msteams" or "$data")
                {
                    continue;
                }

                foreach (var found in TypedObjects(value, path + "." + key))
                {
                    yield return found;
                }
            }
        }
    }
}
