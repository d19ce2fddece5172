using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.BlockKit;

/// <summary>Builders for the Block Kit objects the translator emits, each shortened to Slack's limits.</summary>
public static class BlockKitBlocks
{
    public static JsonObject Plain(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = BlockKitLimits.Shorten(text.Length == 0 ? " " : text, max),
        ["emoji"] = true,
    };

    public static JsonObject Mrkdwn(string mrkdwn, int max) => new()
    {
        ["type"] = "mrkdwn",
        ["text"] = BlockKitLimits.Shorten(mrkdwn, max),
        ["verbatim"] = true,
    };

    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn(mrkdwn, BlockKitLimits.SectionText),
    };

    public static JsonObject Header(string plain) => new()
    {
        ["type"] = "header",
        ["text"] = Plain(plain, BlockKitLimits.HeaderText),
    };

    public static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(Mrkdwn(mrkdwn, BlockKitLimits.SectionText)),
    };

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Fields(IEnumerable<string> fields)
    {
        var array = new JsonArray();
        foreach (var field in fields)
        {
            array.Add(Mrkdwn(field.Length == 0 ? " " : field, BlockKitLimits.FieldText));
        }

        return new JsonObject { ["type"] = "section", ["fields"] = array };
    }

    public static JsonObject Actions(IEnumerable<JsonObject> elements)
    {
        var array = new JsonArray();
        foreach (var element in elements)
        {
            array.Add(element);
        }

        return new JsonObject { ["type"] = "actions", ["elements"] = array };
    }

    public static JsonObject Button(string text, string actionId, string? value = null, string? url = null, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = Plain(text, BlockKitLimits.ButtonText),
            ["action_id"] = actionId,
        };
        if (value is not null)
        {
            button["value"] = value;
        }

        if (url is not null)
        {
            button["url"] = url;
        }

        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    public static JsonObject Option(string text, string value) => new()
    {
        ["text"] = Plain(text, BlockKitLimits.OptionText),
        ["value"] = value,
    };
}
