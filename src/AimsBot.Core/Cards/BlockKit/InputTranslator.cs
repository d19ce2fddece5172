using System.Globalization;
using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.BlockKit;

/// <summary>
/// Adaptive Card inputs as modal input blocks: block_id and action_id are the input id, so a
/// submission's <c>state.values</c> and <c>response_action: errors</c> use the same keys as the card.
/// </summary>
internal static class InputTranslator
{
    public static JsonObject Input(JsonObject input)
    {
        var id = CardJson.Str(input, "id");
        if (id.Length == 0)
        {
            throw new NotSupportedException("An Adaptive Card input has no id; Slack needs one for its block.");
        }

        var element = CardJson.Type(input) switch
        {
            "Input.Text" => Text(input, id),
            "Input.Number" => Number(input, id),
            "Input.Date" => Date(input, id),
            "Input.Toggle" => Toggle(input, id),
            "Input.ChoiceSet" => Choices(input, id),
            var other => throw new NotSupportedException($"The Slack translator cannot map the input type '{other}'."),
        };
        var label = CardJson.Str(input, "label");
        if (label.Length == 0)
        {
            label = CardJson.Type(input) == "Input.Toggle" ? " " : CardJson.Str(input, "placeholder");
        }

        return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = id,
            ["label"] = BlockKitBlocks.Plain(SlackMrkdwn.Escape(SlackMrkdwn.ToPlain(label.Length == 0 ? id : label)), BlockKitLimits.Label),
            ["optional"] = !CardJson.Flag(input, "isRequired"),
            ["element"] = element,
        };
    }

    /// <summary>The value an Input.Toggle sends when it is off.</summary>
    public static string ToggleOff(JsonObject toggle) =>
        toggle["valueOff"] is null ? "false" : CardJson.Str(toggle, "valueOff");

    public static string ToggleOn(JsonObject toggle) =>
        toggle["valueOn"] is null ? "true" : CardJson.Str(toggle, "valueOn");

    private static JsonObject Text(JsonObject input, string id)
    {
        var element = new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = id,
            ["multiline"] = CardJson.Flag(input, "isMultiline"),
        };
        var max = CardJson.Int(input, "maxLength");
        element["max_length"] = max is > 0 and <= BlockKitLimits.InputMaxLength ? max.Value : BlockKitLimits.InputMaxLength;
        var value = CardJson.Str(input, "value");
        if (value.Length > 0)
        {
            element["initial_value"] = BlockKitLimits.Shorten(value, element["max_length"]!.GetValue<int>());
        }

        AddPlaceholder(element, input);
        return element;
    }

    private static JsonObject Number(JsonObject input, string id)
    {
        var element = new JsonObject { ["type"] = "number_input", ["action_id"] = id, ["is_decimal_allowed"] = true };
        foreach (var (from, to) in new[] { ("value", "initial_value"), ("min", "min_value"), ("max", "max_value") })
        {
            if (double.TryParse(CardJson.Str(input, from), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                element[to] = number.ToString(CultureInfo.InvariantCulture);
            }
        }

        AddPlaceholder(element, input);
        return element;
    }

    private static JsonObject Date(JsonObject input, string id)
    {
        var element = new JsonObject { ["type"] = "datepicker", ["action_id"] = id };
        if (DateOnly.TryParseExact(CardJson.Str(input, "value"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            element["initial_date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        AddPlaceholder(element, input);
        return element;
    }

    /// <summary>The people picker as <c>users_select</c>, preselecting the current person when the value is a Slack user id.</summary>
    private static JsonObject People(JsonObject input, string id)
    {
        if (CardJson.Flag(input, "isMultiSelect"))
        {
            throw new NotSupportedException($"People picker '{id}' picks several people; the Slack translator maps a single pick only.");
        }

        var element = new JsonObject { ["type"] = "users_select", ["action_id"] = id };
        var value = CardJson.Str(input, "value");
        if (Conversations.SlackUserIds.IsUserId(value))
        {
            element["initial_user"] = value;
        }

        AddPlaceholder(element, input);
        return element;
    }

    private static JsonObject Toggle(JsonObject input, string id)
    {
        var option = BlockKitBlocks.Option(SlackMrkdwn.Escape(SlackMrkdwn.ToPlain(CardJson.Str(input, "title"))), ToggleOn(input));
        var element = new JsonObject { ["type"] = "checkboxes", ["action_id"] = id, ["options"] = new JsonArray(option) };
        if (CardJson.Str(input, "value") == ToggleOn(input))
        {
            element["initial_options"] = new JsonArray(option.DeepClone());
        }

        return element;
    }

    /// <summary>The dataset of the Teams people picker (<c>choices.data</c>): Slack's own user picker does the same job.</summary>
    public const string PeopleDataset = "graph.microsoft.com/users";

    private static JsonObject Choices(JsonObject input, string id)
    {
        if (input["choices.data"] is JsonObject query && CardJson.Str(query, "dataset") == PeopleDataset)
        {
            return People(input, id);
        }

        var options = new JsonArray();
        foreach (var choice in CardJson.Objects(input["choices"]).Take(BlockKitLimits.SelectOptions))
        {
            var value = CardJson.Str(choice, "value");
            if (value.Length > BlockKitLimits.OptionValue)
            {
                throw new NotSupportedException($"Choice value '{value[..20]}…' of input '{id}' is longer than Slack's {BlockKitLimits.OptionValue} characters.");
            }

            options.Add(BlockKitBlocks.Option(SlackMrkdwn.Escape(SlackMrkdwn.ToPlain(CardJson.Str(choice, "title"))), value));
        }

        if (options.Count == 0)
        {
            throw new NotSupportedException($"Choice set '{id}' has no choices; Slack cannot show an empty select.");
        }

        var multi = CardJson.Flag(input, "isMultiSelect");
        var expanded = CardJson.Is(input, "style", "expanded") && options.Count <= BlockKitLimits.RadioOptions;
        var type = (multi, expanded) switch
        {
            (true, true) => "checkboxes",
            (true, false) => "multi_static_select",
            (false, true) => "radio_buttons",
            (false, false) => "static_select",
        };
        var element = new JsonObject { ["type"] = type, ["action_id"] = id, ["options"] = options };
        var selected = CardJson.Str(input, "value").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var initial = options.OfType<JsonObject>().Where(o => selected.Contains(o["value"]!.GetValue<string>())).Select(o => o.DeepClone()).ToList();
        if (initial.Count > 0)
        {
            element[multi ? "initial_options" : "initial_option"] = multi ? new JsonArray([.. initial]) : initial[0];
        }

        if (!expanded)
        {
            AddPlaceholder(element, input);
        }

        return element;
    }

    private static void AddPlaceholder(JsonObject element, JsonObject input)
    {
        var placeholder = CardJson.Str(input, "placeholder");
        if (placeholder.Length > 0)
        {
            element["placeholder"] = BlockKitBlocks.Plain(SlackMrkdwn.Escape(placeholder), BlockKitLimits.Placeholder);
        }
    }
}
