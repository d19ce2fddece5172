using System.Text.Json.Nodes;
using AimsBot.Core.Cards.BlockKit;

namespace AimsBot.Tests.Core.Cards;

/// <summary>Slack's counts and lengths (which the TypeScript types do not check), as a list of violations.</summary>
public static class BlockKitChecks
{
    public static List<string> Blocks(JsonArray blocks, int maxBlocks)
    {
        var problems = new List<string>();
        if (blocks.Count > maxBlocks)
        {
            problems.Add($"{blocks.Count} blocks > {maxBlocks}");
        }

        foreach (var block in blocks.OfType<JsonObject>())
        {
            var type = block["type"]!.GetValue<string>();
            Length(problems, block["block_id"], 255, "block_id");
            switch (type)
            {
                case "section":
                    Length(problems, block["text"]?["text"], BlockKitLimits.SectionText, "section text");
                    if (block["text"]?["text"] is { } text && text.GetValue<string>().Length == 0)
                    {
                        problems.Add("empty section text");
                    }

                    var fields = block["fields"] as JsonArray ?? [];
                    Count(problems, fields, BlockKitLimits.FieldsPerSection, "section fields");
                    fields.ToList().ForEach(f => Length(problems, f?["text"], BlockKitLimits.FieldText, "field"));
                    break;
                case "header":
                    Length(problems, block["text"]?["text"], BlockKitLimits.HeaderText, "header");
                    break;
                case "context":
                    Count(problems, block["elements"]!.AsArray(), BlockKitLimits.ContextElements, "context elements");
                    break;
                case "actions":
                    Count(problems, block["elements"]!.AsArray(), BlockKitLimits.ActionsPerBlock, "actions");
                    foreach (var element in block["elements"]!.AsArray().OfType<JsonObject>())
                    {
                        Element(problems, element);
                    }

                    break;
                case "input":
                    Length(problems, block["label"]?["text"], BlockKitLimits.Label, "label");
                    Element(problems, block["element"]!.AsObject());
                    break;
            }
        }

        return problems;
    }

    public static List<string> View(JsonObject view)
    {
        var problems = Blocks(view["blocks"]!.AsArray(), BlockKitLimits.ViewBlocks);
        Length(problems, view["title"]?["text"], BlockKitLimits.ViewTitle, "view title");
        Length(problems, view["submit"]?["text"], BlockKitLimits.ViewButton, "view submit");
        Length(problems, view["close"]?["text"], BlockKitLimits.ViewButton, "view close");
        Length(problems, view["callback_id"], BlockKitLimits.CallbackId, "callback_id");
        Length(problems, view["private_metadata"], BlockKitLimits.PrivateMetadata, "private_metadata");
        return problems;
    }

    private static void Element(List<string> problems, JsonObject element)
    {
        Length(problems, element["action_id"], 255, "action_id");
        Length(problems, element["text"]?["text"], BlockKitLimits.ButtonText, "button text");
        Length(problems, element["value"], BlockKitLimits.ButtonValue, "button value");
        Length(problems, element["url"], BlockKitLimits.ButtonUrl, "button url");
        Length(problems, element["placeholder"]?["text"], BlockKitLimits.Placeholder, "placeholder");
        if (element["options"] is JsonArray options)
        {
            Count(problems, options, element["type"]!.GetValue<string>() is "radio_buttons" or "checkboxes" ? BlockKitLimits.RadioOptions : BlockKitLimits.SelectOptions, "options");
            foreach (var option in options)
            {
                Length(problems, option?["text"]?["text"], BlockKitLimits.OptionText, "option text");
                Length(problems, option?["value"], BlockKitLimits.OptionValue, "option value");
            }
        }
    }

    private static void Length(List<string> problems, JsonNode? node, int max, string what)
    {
        if (node is JsonValue value && value.GetValue<string>() is { } text && text.Length > max)
        {
            problems.Add($"{what} is {text.Length} > {max}");
        }
    }

    private static void Count(List<string> problems, JsonArray array, int max, string what)
    {
        if (array.Count > max)
        {
            problems.Add($"{array.Count} {what} > {max}");
        }
    }
}
