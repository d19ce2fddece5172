using System.Text.Json.Nodes;

namespace AimsBot.Tests.Slack;

/// <summary>Interactivity payloads as Slack sends them (block_actions, view_submission), built from real views.</summary>
public static class SlackFlow
{
    /// <summary>A click on a message button.</summary>
    public static JsonObject Click(string user, string channel, string messageTs, JsonObject button) => new()
    {
        ["type"] = "block_actions",
        ["team"] = new JsonObject { ["id"] = SlackFixture.Team },
        ["user"] = new JsonObject { ["id"] = user, ["team_id"] = SlackFixture.Team },
        ["api_app_id"] = "A0APP",
        ["trigger_id"] = SlackFixture.NewTrigger(),
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel },
        ["channel"] = new JsonObject { ["id"] = channel },
        ["response_url"] = "https://hooks.slack.com/actions/T0TEAM/1/abc",
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = button["action_id"]!.GetValue<string>(),
            ["block_id"] = "b1",
            ["value"] = button["value"]?.GetValue<string>(),
            ["action_ts"] = "1762074001.000000",
        }),
    };

    /// <summary>Submitting <paramref name="view"/> (as opened) with these inputs typed or chosen.</summary>
    public static JsonObject Submit(JsonObject view, string user, Dictionary<string, string> inputs)
    {
        var values = new JsonObject();
        foreach (var block in view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]!.GetValue<string>() == "input"))
        {
            var id = block["block_id"]!.GetValue<string>();
            var element = block["element"]!.AsObject();
            var type = element["type"]!.GetValue<string>();
            inputs.TryGetValue(id, out var value);
            var state = new JsonObject { ["type"] = type };
            switch (type)
            {
                case "static_select" or "radio_buttons":
                    state["selected_option"] = value is null ? null : Option(element, value);
                    break;
                case "checkboxes" or "multi_static_select":
                    state["selected_options"] = new JsonArray([.. (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => (JsonNode)Option(element, v))]);
                    break;
                case "datepicker":
                    state["selected_date"] = value;
                    break;
                case "users_select":
                    state["selected_user"] = value;
                    break;
                default:
                    state["value"] = value;
                    break;
            }

            values[id] = new JsonObject { [element["action_id"]!.GetValue<string>()] = state };
        }

        var payload = Submission(user, view["private_metadata"]!.GetValue<string>(), []);
        payload["view"]!["blocks"] = view["blocks"]!.DeepClone();
        payload["view"]!["callback_id"] = view["callback_id"]!.DeepClone();
        payload["view"]!["state"] = new JsonObject { ["values"] = values };
        return payload;
    }

    /// <summary>A view submission of text inputs with the given private_metadata.</summary>
    public static JsonObject Submission(string user, string privateMetadata, Dictionary<string, string> inputs)
    {
        var values = new JsonObject();
        var blocks = new JsonArray();
        foreach (var (id, value) in inputs)
        {
            values[id] = new JsonObject { [id] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } };
            blocks.Add(new JsonObject { ["type"] = "input", ["block_id"] = id, ["element"] = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = id } });
        }

        return new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = SlackFixture.Team },
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = SlackFixture.Team },
            ["api_app_id"] = "A0APP",
            ["trigger_id"] = SlackFixture.NewTrigger(),
            ["view"] = new JsonObject
            {
                ["id"] = "V" + Guid.NewGuid().ToString("N")[..10],
                ["type"] = "modal",
                ["hash"] = "1762074000.abc",
                ["callback_id"] = "x",
                ["private_metadata"] = privateMetadata,
                ["blocks"] = blocks,
                ["state"] = new JsonObject { ["values"] = values },
            },
        };
    }

    /// <summary>The first button with this action id (or prefix) in a message's blocks.</summary>
    public static JsonObject Button(JsonObject message, string actionIdPrefix) =>
        message["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => b["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .First(e => e["action_id"]!.GetValue<string>().StartsWith(actionIdPrefix, StringComparison.Ordinal));

    /// <summary>The message button (a submit without inputs) whose data has this verb.</summary>
    public static JsonObject VerbButton(JsonObject message, string verb) =>
        message["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => b["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .First(e => e["value"] is JsonValue value && JsonNode.Parse(value.GetValue<string>())?["verb"]?.GetValue<string>() == verb);

    private static JsonObject Option(JsonObject element, string value) =>
        element["options"]!.AsArray().OfType<JsonObject>().First(o => o["value"]!.GetValue<string>() == value).DeepClone().AsObject();
}
