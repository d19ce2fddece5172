using System.Text.Json.Nodes;
using AimsBot.Core.Cards.BlockKit;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Cards;

/// <summary>
/// Every card template, bound with its sample, translates to Block Kit (an element the translator
/// cannot map fails here) that Slack's own type definitions accept and that stays within Slack's limits.
/// </summary>
public sealed class BlockKitTemplateTests
{
    [Fact]
    public async Task Renderer_Output_For_Every_Template_TypeChecks_Against_Slack_Types()
    {
        // Arrange
        var cards = await BoundSamples.AllAsync();
        var renderings = new JsonArray();
        foreach (var (id, card) in cards)
        {
            var message = BlockKitRenderer.Message(card);
            renderings.Add(new JsonObject { ["name"] = id + "-message", ["kind"] = "blocks", ["json"] = message.Blocks.DeepClone() });
            renderings.Add(new JsonObject { ["name"] = id + "-home", ["kind"] = "home", ["json"] = BlockKitRenderer.Home(card) });
            if (message.Form is not null)
            {
                renderings.Add(new JsonObject { ["name"] = id + "-modal", ["kind"] = "modal", ["json"] = BlockKitRenderer.Modal(card, "{\"ch\":\"C1\"}") });
            }
        }

        // Act
        var (exit, output, error) = await NodeTool.RunAsync("slack-typecheck.js", renderings.ToJsonString());

        // Assert
        Assert.True(exit == 0, output + error);
        Assert.Contains($"checked {renderings.Count} renderings", output, StringComparison.Ordinal);
        Assert.Contains(renderings, r => r!["kind"]!.GetValue<string>() == "modal");
    }

    [Fact]
    public async Task TypeCheck_Fails_When_A_Block_Is_Not_Valid_Block_Kit()
    {
        // Arrange: a section whose text is a bare string, and a button with a misspelt property.
        var renderings = new JsonArray(
            new JsonObject { ["name"] = "bad-section", ["kind"] = "blocks", ["json"] = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = "plain" }) },
            new JsonObject { ["name"] = "bad-view", ["kind"] = "modal", ["json"] = new JsonObject { ["type"] = "modal", ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "t" }, ["blocks"] = new JsonArray(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(new JsonObject { ["type"] = "button", ["txt"] = "x" }) }) } });

        // Act
        var (exit, output, _) = await NodeTool.RunAsync("slack-typecheck.js", renderings.ToJsonString());

        // Assert
        Assert.NotEqual(0, exit);
        Assert.Contains("bad-section", output, StringComparison.Ordinal);
        Assert.Contains("bad-view", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renderer_Output_For_Every_Template_Respects_Slack_Limits()
    {
        // Arrange
        var cards = await BoundSamples.AllAsync();
        var problems = new List<string>();

        // Act
        foreach (var (id, card) in cards)
        {
            var message = BlockKitRenderer.Message(card);
            problems.AddRange(BlockKitChecks.Blocks(message.Blocks, BlockKitLimits.MessageBlocks).Select(p => id + " message: " + p));
            problems.AddRange(BlockKitChecks.View(BlockKitRenderer.Home(card)).Select(p => id + " home: " + p));
            if (message.Form is not null)
            {
                problems.AddRange(BlockKitChecks.View(BlockKitRenderer.Modal(card, "{}")).Select(p => id + " modal: " + p));
            }
        }

        // Assert
        Assert.Empty(problems);
        Assert.True(cards.Count >= 10, "Expected every template in cards/ to be bound.");
    }

    [Fact]
    public async Task Form_Templates_Become_Message_With_Open_Button_And_Modal_With_Every_Input()
    {
        // Arrange
        var cards = await BoundSamples.AllAsync();
        var forms = cards.Where(c => c.Value.ToJsonString().Contains("\"Input.", StringComparison.Ordinal)).ToList();

        // Act + Assert
        Assert.NotEmpty(forms);
        foreach (var (id, card) in forms)
        {
            var message = BlockKitRenderer.Message(card);
            Assert.True(message.Form is not null, id);
            Assert.Contains(BlockKitActionIds.OpenForm, message.Blocks.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain(message.Blocks.OfType<JsonObject>(), b => b["type"]!.GetValue<string>() == "input");
            var modal = BlockKitRenderer.Modal(card, "{}");
            var inputIds = InputIds(card);
            var blockIds = modal["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]!.GetValue<string>() == "input").Select(b => b["block_id"]!.GetValue<string>()).ToList();
            Assert.Equal(inputIds, blockIds);
            Assert.Equal(message.Form!.Verb, modal["callback_id"]!.GetValue<string>());
        }
    }

    private static List<string> InputIds(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } t && t.StartsWith("Input.", StringComparison.Ordinal) => [o["id"]!.GetValue<string>()],
        JsonObject o => [.. o.SelectMany(kv => InputIds(kv.Value))],
        JsonArray a => [.. a.SelectMany(InputIds)],
        _ => [],
    };
}
