using System.Text.Json.Nodes;

namespace AimsBot.Slack;

/// <summary>
/// Reads a modal's <c>view.state.values</c> back into card data: input id → value as a Teams
/// Action.Submit would send it (multi-selects comma-joined, an unticked toggle as its off value).
/// </summary>
public static class SlackViewState
{
    public static Dictionary<string, string> Inputs(JsonObject? view, IReadOnlyDictionary<string, string> toggleOff)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (SlackTurns.At(view, "state", "values") is not JsonObject blocks)
        {
            return inputs;
        }

        foreach (var (_, block) in blocks)
        {
            if (block is not JsonObject actions)
            {
                continue;
            }

            foreach (var (actionId, node) in actions)
            {
                if (node is JsonObject element && !IsReserved(actionId))
                {
                    inputs[actionId] = Value(element, actionId, toggleOff);
                }
            }
        }

        return inputs;
    }

    /// <summary>The block ids of a view's input blocks: the only keys <c>response_action: errors</c> may use.</summary>
    public static HashSet<string> InputBlockIds(JsonObject? view) =>
        SlackTurns.At(view, "blocks") is JsonArray blocks
            ? [.. blocks.OfType<JsonObject>().Where(b => SlackTurns.Str(b["type"]) == "input").Select(b => SlackTurns.Str(b["block_id"])).Where(id => id.Length > 0)]
            : [];

    private static bool IsReserved(string key) => key is "verb" or "cardId";

    private static string Value(JsonObject element, string actionId, IReadOnlyDictionary<string, string> toggleOff)
    {
        switch (SlackTurns.Str(element["type"]))
        {
            case "datepicker":
                return SlackTurns.Str(element["selected_date"]);
            case "users_select":
                return SlackTurns.Str(element["selected_user"]);
            case "static_select" or "radio_buttons":
                return SlackTurns.Str(SlackTurns.At(element, "selected_option", "value"));
            case "multi_static_select" or "checkboxes":
                var selected = element["selected_options"] is JsonArray options
                    ? options.Select(o => SlackTurns.Str(SlackTurns.At(o, "value"))).Where(v => v.Length > 0).ToList()
                    : [];
                if (toggleOff.TryGetValue(actionId, out var off))
                {
                    return selected.Count > 0 ? selected[0] : off;
                }

                return string.Join(',', selected);
            default:
                return SlackTurns.Str(element["value"]);
        }
    }
}
