using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.BlockKit;

/// <summary>
/// Translates a bound Adaptive Card (from <see cref="ICardTemplates.Render"/>) into Slack Block Kit:
/// a message (a card with inputs becomes its text plus an "Open form" button), the modal holding the
/// inputs, or the Home tab. Pure functions; Slack's limits are met by shortening with a visible marker.
/// </summary>
public static class BlockKitRenderer
{
    public static BlockKitMessage Message(JsonObject card, string? fallbackText = null)
    {
        var form = Form(card);
        var translator = new BodyTranslator(BlockKitSurface.Message, FindPrimarySubmit(card, form is not null));
        translator.Body(card["body"]);
        translator.Actions(card["actions"]);
        var blocks = Fit(translator.Blocks, BlockKitLimits.MessageBlocks);
        return new BlockKitMessage(blocks, Fallback(fallbackText, blocks), form);
    }

    /// <summary>The modal holding a form card's inputs; its callback id is the submit verb.</summary>
    /// <exception cref="InvalidOperationException">The card has no inputs with a submit action.</exception>
    public static JsonObject Modal(JsonObject card, string privateMetadata)
    {
        var form = Form(card) ?? throw new InvalidOperationException("Only a card with inputs and a submit action becomes a modal.");
        if (privateMetadata.Length > BlockKitLimits.PrivateMetadata)
        {
            throw new ArgumentException($"private_metadata is limited to {BlockKitLimits.PrivateMetadata} characters.", nameof(privateMetadata));
        }

        var translator = new BodyTranslator(BlockKitSurface.Modal, FindPrimarySubmit(card, hasForm: true));
        translator.Body(card["body"]);
        translator.Actions(card["actions"]);
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = BlockKitLimits.Shorten(form.Verb, BlockKitLimits.CallbackId),
            ["title"] = BlockKitBlocks.Plain(form.Title, BlockKitLimits.ViewTitle),
            ["submit"] = BlockKitBlocks.Plain(form.SubmitTitle, BlockKitLimits.ViewButton),
            ["close"] = BlockKitBlocks.Plain("Cancel", BlockKitLimits.ViewButton),
            ["private_metadata"] = privateMetadata,
            ["blocks"] = Fit(translator.Blocks, BlockKitLimits.ViewBlocks),
        };
    }

    /// <summary>The Home tab view of a card.</summary>
    public static JsonObject Home(JsonObject card)
    {
        var translator = new BodyTranslator(BlockKitSurface.Home, FindPrimarySubmit(card, Form(card) is not null));
        translator.Body(card["body"]);
        translator.Actions(card["actions"]);
        return new JsonObject { ["type"] = "home", ["blocks"] = Fit(translator.Blocks, BlockKitLimits.ViewBlocks) };
    }

    /// <summary>A text reply (core markdown) as a message: sections of at most 3000 characters.</summary>
    public static BlockKitMessage Text(string markdown)
    {
        var mrkdwn = SlackMrkdwn.FromMarkdown(markdown);
        var blocks = BlockKitLimits.Split(mrkdwn, BlockKitLimits.SectionText).Where(p => p.Trim().Length > 0).Select(BlockKitBlocks.Section).ToList();
        return new BlockKitMessage(Fit(blocks, BlockKitLimits.MessageBlocks), BlockKitLimits.Shorten(mrkdwn, BlockKitLimits.FallbackText), Form: null);
    }

    /// <summary>The form of a card with inputs and a submit action, or null.</summary>
    public static BlockKitForm? Form(JsonObject card)
    {
        var elements = CardJson.Walk(card).ToList();
        var inputs = elements.Where(e => CardJson.IsInput(CardJson.Type(e))).ToList();
        var submit = FindPrimarySubmit(card, inputs.Count > 0);
        if (submit is null)
        {
            return null;
        }

        var data = CardJson.Data(submit);
        var heading = elements.Where(e => CardJson.Type(e) == "TextBlock").Select(e => SlackMrkdwn.ToPlain(CardJson.Str(e, "text")).Trim()).FirstOrDefault(t => t.Length > 0);
        var title = CardJson.Str(submit, "title");
        var toggles = inputs.Where(i => CardJson.Type(i) == "Input.Toggle").ToDictionary(i => CardJson.Str(i, "id"), InputTranslator.ToggleOff, StringComparer.Ordinal);
        return new BlockKitForm(
            data.GetValueOrDefault("cardId", ""),
            data.GetValueOrDefault("verb", ""),
            BlockKitLimits.Shorten(SlackMrkdwn.Escape(heading ?? "AimsBot"), BlockKitLimits.ViewTitle),
            BlockKitLimits.Shorten(SlackMrkdwn.Escape(title.Length == 0 ? "Submit" : title), BlockKitLimits.ViewButton),
            data,
            toggles);
    }

    /// <summary>Keeps a block list within <paramref name="max"/>: drops trailing display blocks (never inputs or the final buttons) and says so.</summary>
    public static JsonArray Fit(IReadOnlyList<JsonObject> blocks, int max)
    {
        var list = blocks.ToList();
        if (list.Count > max)
        {
            var tail = list.Count > 0 && CardJson.Type(list[^1]) == "actions" ? 1 : 0;
            var keep = list.Take(list.Count - tail).ToList();
            var omitted = 0;
            for (var i = keep.Count - 1; i >= 0 && keep.Count + tail + 1 > max; i--)
            {
                if (CardJson.Type(keep[i]) != "input")
                {
                    keep.RemoveAt(i);
                    omitted++;
                }
            }

            if (keep.Count + tail + 1 > max)
            {
                omitted += keep.Count + tail + 1 - max;
                keep = keep.Take(max - tail - 1).ToList();
            }

            keep.Add(BlockKitBlocks.Context(BlockKitLimits.Omitted(omitted)));
            keep.AddRange(list.Skip(list.Count - tail));
            list = keep;
        }

        return new JsonArray([.. list.Select(b => b.Parent is null ? b : b.DeepClone())]);
    }

    private static JsonObject? FindPrimarySubmit(JsonObject card, bool hasForm) => !hasForm
        ? null
        : CardJson.Walk(card).FirstOrDefault(e => CardJson.IsSubmit(CardJson.Type(e)) && !CardJson.Is(e, "associatedInputs", "none") && e["data"] is JsonObject);

    private static string Fallback(string? text, JsonArray blocks)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return BlockKitLimits.Shorten(SlackMrkdwn.FromMarkdown(text), BlockKitLimits.FallbackText);
        }

        var first = blocks.OfType<JsonObject>().Select(b => b["text"]?["text"]?.GetValue<string>()).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return BlockKitLimits.Shorten(first ?? "AimsBot", BlockKitLimits.FallbackText);
    }
}
