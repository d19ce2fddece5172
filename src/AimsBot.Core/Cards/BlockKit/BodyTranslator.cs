using System.Globalization;
using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.BlockKit;

/// <summary>
/// Walks a bound card's body and actions and emits blocks for one surface. Every element type the
/// templates may use (COMMON.md) is mapped; anything else throws, which the template tests catch.
/// </summary>
internal sealed class BodyTranslator(BlockKitSurface surface, JsonObject? primarySubmit)
{
    private int _actions;

    public List<JsonObject> Blocks { get; } = [];

    public void Body(JsonNode? items)
    {
        foreach (var element in CardJson.Objects(items))
        {
            Element(element);
        }
    }

    public void Actions(JsonNode? actions)
    {
        var buttons = CardJson.Objects(actions).Select(Action).OfType<JsonObject>().ToList();
        foreach (var chunk in buttons.Chunk(BlockKitLimits.ActionsPerBlock))
        {
            Blocks.Add(BlockKitBlocks.Actions(chunk));
        }
    }

    private void Element(JsonObject element)
    {
        var type = CardJson.Type(element);
        switch (type)
        {
            case "TextBlock":
                Text(element);
                break;
            case "RichTextBlock":
                Rich(element);
                break;
            case "FactSet":
                Facts(element);
                break;
            case "Container":
                if (CardJson.Flag(element, "separator"))
                {
                    Blocks.Add(BlockKitBlocks.Divider());
                }

                Body(element["items"]);
                break;
            case "ColumnSet":
                Columns(element);
                break;
            case "ActionSet":
                Actions(element["actions"]);
                break;
            case "Table":
                Blocks.AddRange(TableTranslator.Grid(element));
                break;
            case "Input.Text" or "Input.Number" or "Input.Date" or "Input.Toggle" or "Input.ChoiceSet":
                var input = InputTranslator.Input(element);
                if (surface == BlockKitSurface.Modal)
                {
                    Blocks.Add(input);
                }

                break;
            default:
                throw new NotSupportedException($"The Slack translator cannot map the Adaptive Card element '{type}'.");
        }
    }

    private void Text(JsonObject element)
    {
        var text = CardJson.Str(element, "text");
        if (text.Trim().Length == 0)
        {
            return;
        }

        var size = CardJson.Str(element, "size");
        if (size.Equals("Large", StringComparison.OrdinalIgnoreCase) || size.Equals("ExtraLarge", StringComparison.OrdinalIgnoreCase))
        {
            Blocks.Add(BlockKitBlocks.Header(SlackMrkdwn.Escape(SlackMrkdwn.ToPlain(text))));
            return;
        }

        var mrkdwn = SlackMrkdwn.FromMarkdown(text);
        if (CardJson.Is(element, "weight", "Bolder") && !mrkdwn.Contains('*', StringComparison.Ordinal) && !mrkdwn.Contains('\n', StringComparison.Ordinal))
        {
            mrkdwn = "*" + mrkdwn + "*";
        }

        if (CardJson.Is(element, "color", "Attention") || CardJson.Is(element, "color", "Warning"))
        {
            mrkdwn = ":warning: " + mrkdwn;
        }

        var subtle = CardJson.Flag(element, "isSubtle") || size.Equals("Small", StringComparison.OrdinalIgnoreCase);
        foreach (var piece in BlockKitLimits.Split(mrkdwn, BlockKitLimits.SectionText))
        {
            Blocks.Add(subtle ? BlockKitBlocks.Context(piece) : BlockKitBlocks.Section(piece));
        }
    }

    private void Rich(JsonObject element)
    {
        var parts = new List<string>();
        foreach (var inline in element["inlines"] as JsonArray ?? [])
        {
            if (inline is JsonObject run)
            {
                var text = SlackMrkdwn.Escape(CardJson.Str(run, "text"));
                parts.Add(CardJson.Is(run, "fontWeight", "Bolder") && text.Trim().Length > 0 ? "*" + text + "*" : text);
            }
            else
            {
                parts.Add(SlackMrkdwn.Escape(CardJson.AsString(inline)));
            }
        }

        var joined = string.Concat(parts);
        foreach (var piece in BlockKitLimits.Split(joined, BlockKitLimits.SectionText).Where(p => p.Trim().Length > 0))
        {
            Blocks.Add(BlockKitBlocks.Section(piece));
        }
    }

    private void Facts(JsonObject element)
    {
        var lines = CardJson.Objects(element["facts"])
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"*{SlackMrkdwn.FromMarkdown(CardJson.Str(f, "title")).Replace("*", "", StringComparison.Ordinal)}*  {SlackMrkdwn.FromMarkdown(CardJson.Str(f, "value"))}"))
            .ToList();
        if (lines.Count == 0)
        {
            return;
        }

        foreach (var piece in BlockKitLimits.Split(BlockKitLimits.Join(lines), BlockKitLimits.SectionText))
        {
            Blocks.Add(BlockKitBlocks.Section(piece));
        }
    }

    private void Columns(JsonObject element)
    {
        var fields = new List<string>();
        var others = new List<JsonObject>();
        foreach (var column in CardJson.Objects(element["columns"]))
        {
            var texts = new List<string>();
            foreach (var item in CardJson.Objects(column["items"]))
            {
                switch (CardJson.Type(item))
                {
                    case "TextBlock":
                        var text = SlackMrkdwn.FromMarkdown(CardJson.Str(item, "text"));
                        texts.Add(CardJson.Is(item, "weight", "Bolder") && text.Length > 0 && !text.Contains('*', StringComparison.Ordinal) ? "*" + text + "*" : text);
                        break;
                    case "FactSet":
                        texts.AddRange(CardJson.Objects(item["facts"]).Select(f => $"*{SlackMrkdwn.FromMarkdown(CardJson.Str(f, "title"))}*  {SlackMrkdwn.FromMarkdown(CardJson.Str(f, "value"))}"));
                        break;
                    default:
                        others.Add(item);
                        break;
                }
            }

            var field = BlockKitLimits.Join(texts.Where(t => t.Trim().Length > 0));
            if (field.Length > 0)
            {
                fields.Add(field);
            }
        }

        foreach (var chunk in fields.Chunk(BlockKitLimits.FieldsPerSection))
        {
            Blocks.Add(BlockKitBlocks.Fields(chunk));
        }

        foreach (var other in others)
        {
            Element(other);
        }
    }

    private JsonObject? Action(JsonObject action)
    {
        var type = CardJson.Type(action);
        var title = SlackMrkdwn.Escape(CardJson.Str(action, "title"));
        switch (type)
        {
            case "Action.Submit" or "Action.Execute":
                if (ReferenceEquals(action, primarySubmit))
                {
                    return surface == BlockKitSurface.Modal ? null : BlockKitBlocks.Button("Open form", BlockKitActionIds.OpenForm, CardJson.Str((JsonObject)action["data"]!, "cardId"), style: "primary");
                }

                if (surface == BlockKitSurface.Modal && CardJson.Is(action, "associatedInputs", "none"))
                {
                    return null;
                }

                var value = System.Text.Json.JsonSerializer.Serialize(CardJson.Data(action));
                if (value.Length > BlockKitLimits.ButtonValue)
                {
                    throw new NotSupportedException($"The data of action '{title}' is longer than Slack's {BlockKitLimits.ButtonValue} characters for a button value.");
                }

                return BlockKitBlocks.Button(title.Length == 0 ? "Submit" : title, BlockKitActionIds.SubmitPrefix + Next(), value);
            case "Action.OpenUrl":
                var url = CardJson.Str(action, "url");
                return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && url.Length <= BlockKitLimits.ButtonUrl
                    ? BlockKitBlocks.Button(title.Length == 0 ? "Open" : title, BlockKitActionIds.UrlPrefix + Next(), url: url)
                    : null;
            default:
                throw new NotSupportedException($"The Slack translator cannot map the Adaptive Card action '{type}'.");
        }
    }

    private string Next() => (++_actions).ToString(CultureInfo.InvariantCulture);
}
