using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>What the risk and treatment forms share: the scales as facts and choices, and control ids as typed.</summary>
public static class RiskFormCards
{
    /// <summary>The likelihood and impact scales with their descriptions, and the choices to pick from them.</summary>
    public static JsonObject Scales(RiskMethod method) => new()
    {
        ["likelihoodScale"] = new JsonArray([.. method.Likelihood.Select((l, i) => (JsonNode)ControlView.Fact(Label(i, l.Name), l.Description))]),
        ["impactScale"] = new JsonArray([.. method.Impact.Select((l, i) => (JsonNode)ControlView.Fact(Label(i, l.Name), l.Description))]),
        ["likelihoodChoices"] = new JsonArray([.. method.Likelihood.Select((l, i) => (JsonNode)Choice(Label(i, l.Name), i + 1))]),
        ["impactChoices"] = new JsonArray([.. method.Impact.Select((l, i) => (JsonNode)Choice(Label(i, l.Name), i + 1))]),
    };

    /// <summary>The entries of a controls field: ids ("A.6.2.4, 27001:A.8.29" or space separated) and keywords ("event logs").</summary>
    public static IReadOnlyList<string> Ids(string text) => ControlPicker.Entries(text);

    private static string Label(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"{index + 1} {name}");

    private static JsonObject Choice(string title, int value) => new() { ["title"] = title, ["value"] = value.ToString(CultureInfo.InvariantCulture) };

    /// <summary>Moves every property of <paramref name="second"/> into <paramref name="first"/> and returns it.</summary>
    public static JsonObject Merge(JsonObject first, JsonObject second)
    {
        foreach (var (key, value) in second.ToList())
        {
            second.Remove(key);
            first[key] = value;
        }

        return first;
    }
}
