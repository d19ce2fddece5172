using System.Text.Json.Nodes;
using AimsBot.Core.Cards.BlockKit;
using AimsBot.Core.Conversations;

namespace AimsBot.Tests.Core.Cards;

public sealed class BlockKitRendererTests
{
    [Fact]
    public void Message_Keeps_User_Control_Sequences_Literal_When_Text_Is_Escaped_By_Core()
    {
        // Arrange
        var typed = "<!channel> <@U0ADMIN> <https://evil.example|nice link> & **bold** _it_";
        var card = Card(Text("Name: " + Markdown.Escape(typed)), Facts(("Owner", Markdown.Escape(typed))));

        // Act
        var texts = Strings(BlockKitRenderer.Message(card).Blocks);

        // Assert
        Assert.All(texts, t => Assert.DoesNotContain("<", t, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("&lt;!channel&gt; &lt;@U0ADMIN&gt; &lt;https://evil.example|nice link&gt; &amp; **bold** _it_", StringComparison.Ordinal));
    }

    [Fact]
    public void Message_Converts_Core_Bold_To_Mrkdwn()
    {
        // Act
        var message = BlockKitRenderer.Message(Card(Text("Type **register** to start")));

        // Assert
        Assert.Equal("Type *register* to start", message.Blocks[0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Message_Splits_Long_Card_Within_Fifty_Blocks_With_Visible_Marker_And_Keeps_Buttons()
    {
        // Arrange
        var body = Enumerable.Range(1, 80).Select(i => Text("Line " + i)).ToArray();
        var card = Card(body);
        card["actions"] = new JsonArray(Submit("Refresh", "systems/page"));

        // Act
        var message = BlockKitRenderer.Message(card);

        // Assert
        Assert.Equal(BlockKitLimits.MessageBlocks, message.Blocks.Count);
        Assert.Equal("actions", message.Blocks[^1]!["type"]!.GetValue<string>());
        Assert.Equal("context", message.Blocks[^2]!["type"]!.GetValue<string>());
        Assert.Contains("32 more items not shown", message.Blocks[^2]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(BlockKitChecks.Blocks(message.Blocks, BlockKitLimits.MessageBlocks));
    }

    [Fact]
    public void Modal_Keeps_Every_Input_When_Display_Blocks_Must_Go()
    {
        // Arrange
        var body = Enumerable.Range(1, 90).Select(i => Text("Note " + i)).Concat(Enumerable.Range(1, 30).Select(i => Input("f" + i))).ToArray();
        var card = Card(body);
        card["actions"] = new JsonArray(Submit("Save", "form/save"));

        // Act
        var view = BlockKitRenderer.Modal(card, "{}");
        var blocks = view["blocks"]!.AsArray();

        // Assert
        Assert.Equal(BlockKitLimits.ViewBlocks, blocks.Count);
        Assert.Equal(30, blocks.Count(b => b!["type"]!.GetValue<string>() == "input"));
        Assert.Contains(blocks, b => b!.ToJsonString().Contains("not shown here", StringComparison.Ordinal));
    }

    [Fact]
    public void Modal_Title_And_Submit_Are_Shortened_To_24_Characters_With_Marker()
    {
        // Arrange
        var card = Card(new JsonObject { ["type"] = "TextBlock", ["text"] = "Register an AI system for the inventory", ["size"] = "Large" }, Input("name"));
        card["actions"] = new JsonArray(Submit("Submit this registration now", "register/step1"));

        // Act
        var view = BlockKitRenderer.Modal(card, "{}");

        // Assert
        Assert.Equal("Register an AI system f…", view["title"]!["text"]!.GetValue<string>());
        Assert.Equal(24, view["submit"]!["text"]!.GetValue<string>().Length);
        Assert.EndsWith(BlockKitLimits.Marker, view["submit"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Message_Shortens_Header_And_Splits_Long_Text()
    {
        // Arrange
        var card = Card(
            new JsonObject { ["type"] = "TextBlock", ["text"] = new string('h', 400), ["size"] = "Large" },
            Text(string.Join('\n', Enumerable.Range(1, 400).Select(i => "A line of text number " + i))));

        // Act
        var message = BlockKitRenderer.Message(card);

        // Assert
        Assert.Equal(BlockKitLimits.HeaderText, message.Blocks[0]!["text"]!["text"]!.GetValue<string>().Length);
        Assert.True(message.Blocks.Count > 3);
        Assert.Empty(BlockKitChecks.Blocks(message.Blocks, BlockKitLimits.MessageBlocks));
    }

    [Theory]
    [InlineData("Image")]
    [InlineData("Media")]
    [InlineData("ImageSet")]
    public void Message_Throws_When_Element_Cannot_Be_Translated(string type)
    {
        // Arrange
        var card = Card(new JsonObject { ["type"] = type });

        // Act + Assert
        var error = Assert.Throws<NotSupportedException>(() => BlockKitRenderer.Message(card));
        Assert.Contains(type, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_Throws_When_Action_Is_ShowCard()
    {
        // Arrange
        var card = Card(Text("x"));
        card["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.ShowCard", ["title"] = "More" });

        // Act + Assert
        Assert.Throws<NotSupportedException>(() => BlockKitRenderer.Message(card));
    }

    [Fact]
    public void Modal_Maps_Each_Input_Kind_To_Its_Slack_Element()
    {
        // Arrange
        var choices = new JsonArray(new JsonObject { ["title"] = "A", ["value"] = "a" }, new JsonObject { ["title"] = "B", ["value"] = "b" });
        var card = Card(
            Input("text"),
            new JsonObject { ["type"] = "Input.Number", ["id"] = "number", ["label"] = "N", ["value"] = 3, ["min"] = 1 },
            new JsonObject { ["type"] = "Input.Date", ["id"] = "date", ["label"] = "D", ["value"] = "2026-11-30" },
            new JsonObject { ["type"] = "Input.Toggle", ["id"] = "toggle", ["title"] = "Yes?", ["value"] = "yes", ["valueOn"] = "yes", ["valueOff"] = "no" },
            new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "compact", ["label"] = "C", ["style"] = "compact", ["choices"] = choices.DeepClone(), ["value"] = "b" },
            new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "expanded", ["label"] = "E", ["style"] = "expanded", ["choices"] = choices.DeepClone() },
            new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "multi", ["label"] = "M", ["style"] = "expanded", ["isMultiSelect"] = true, ["choices"] = choices.DeepClone(), ["value"] = "a,b" },
            new JsonObject { ["type"] = "ColumnSet", ["columns"] = new JsonArray(new JsonObject { ["type"] = "Column", ["items"] = new JsonArray(Text("left")) }, new JsonObject { ["type"] = "Column", ["items"] = new JsonArray(Text("right")) }) });
        card["actions"] = new JsonArray(Submit("Save", "form/save"), new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Docs", ["url"] = "https://example.com/docs" });

        // Act
        var view = BlockKitRenderer.Modal(card, "{}");
        var form = BlockKitRenderer.Form(card)!;
        var elements = view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]!.GetValue<string>() == "input").ToDictionary(b => b["block_id"]!.GetValue<string>(), b => b["element"]!.AsObject());

        // Assert
        Assert.Equal("plain_text_input", Type(elements["text"]));
        Assert.Equal("number_input", Type(elements["number"]));
        Assert.Equal("3", elements["number"]["initial_value"]!.GetValue<string>());
        Assert.Equal("datepicker", Type(elements["date"]));
        Assert.Equal("2026-11-30", elements["date"]["initial_date"]!.GetValue<string>());
        Assert.Equal("checkboxes", Type(elements["toggle"]));
        Assert.Single(elements["toggle"]["initial_options"]!.AsArray());
        Assert.Equal("no", form.ToggleOff["toggle"]);
        Assert.Equal("static_select", Type(elements["compact"]));
        Assert.Equal("b", elements["compact"]["initial_option"]!["value"]!.GetValue<string>());
        Assert.Equal("radio_buttons", Type(elements["expanded"]));
        Assert.Equal("checkboxes", Type(elements["multi"]));
        Assert.Equal(2, elements["multi"]["initial_options"]!.AsArray().Count);
        Assert.Contains(view["blocks"]!.AsArray(), b => b!["fields"] is JsonArray { Count: 2 });
        Assert.Contains("https://example.com/docs", view.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("form/save", form.Verb);
        Assert.Equal("card-1", form.CardId);
    }

    [Fact]
    public void Text_Reply_Becomes_Sections_Within_Limits()
    {
        // Act
        var message = BlockKitRenderer.Text(new string('a', 7000));

        // Assert
        Assert.Equal(3, message.Blocks.Count);
        Assert.True(message.Text.Length <= BlockKitLimits.FallbackText);
        Assert.Null(message.Form);
    }

    private static string Type(JsonObject element) => element["type"]!.GetValue<string>();

    private static JsonObject Card(params JsonObject[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray([.. body]),
    };

    private static JsonObject Text(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    private static JsonObject Input(string id) => new() { ["type"] = "Input.Text", ["id"] = id, ["label"] = "Field " + id };

    private static JsonObject Submit(string title, string verb) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { ["verb"] = verb, ["cardId"] = "card-1" },
    };

    private static JsonObject Facts(params (string Title, string Value)[] facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    private static List<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => [.. o.SelectMany(kv => Strings(kv.Value))],
        JsonArray a => [.. a.SelectMany(Strings)],
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };
}
