using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Controls;

/// <summary>The controls cards bind and validate with the official SDK, both with their samples and with what the dialogs really send.</summary>
public sealed class ControlCardsTests
{
    private static readonly string[] Templates = ["controls", "control", "control-iso27001", "control-answer", "soa-owner", "soa-progress", "gap", "export-ready"];

    /// <summary>Validates each bound card with the SDK and checks the C# binder gives what the reference engine gives.</summary>
    private static async Task AssertValidAsync(IEnumerable<(string Template, JsonObject Data)> cards)
    {
        var list = cards.ToList();
        var input = new JsonArray([.. list.Select(c => (JsonNode)new JsonObject { ["template"] = c.Template, ["data"] = c.Data.DeepClone() })]);
        var (exitCode, output, error) = await NodeTool.RunAsync("validate-bound-cards.js", input.ToJsonString(), RepositoryPaths.Cards, "print");
        Assert.True(exitCode == 0, output + error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(list.Count, lines.Count(l => l.EndsWith(" ok", StringComparison.Ordinal)));
        var reference = lines.Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(l => JsonNode.Parse(l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..])).ToList();
        var templates = AimsBotFactory.Cards();
        for (var i = 0; i < list.Count; i++)
        {
            var bound = templates.Render(list[i].Template, list[i].Data);
            Assert.True(JsonNode.DeepEquals(reference[i], bound), $"{list[i].Template}: C# {bound.ToJsonString()} but reference {reference[i]!.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Every_Controls_Template_Binds_Its_Sample_And_Validates()
    {
        // Arrange
        var cards = Templates.Select(t => (t, JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Cards, "samples", t + ".json")))!.AsObject()));

        // Act + Assert
        await AssertValidAsync(cards);
    }

    [Fact]
    public async Task Cards_The_Dialogs_Send_Bind_And_Validate()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var replies = new List<Reply>();
        replies.AddRange(await ControlChat.SayWithMentionsAsync(chat, "assign A.6.2.8 A.7.4 @Megan", TranscriptHarness.Admin, ControlChat.Owner));
        var answer = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner);
        replies.Add(answer);
        var inputs = ControlChat.Applicable("A.6.2.8", "Planned", "");
        inputs["evidenceTitle"] = "Logging standard";
        inputs["evidenceLocation"] = "https://contoso.example/logging";
        replies.AddRange(await chat.SubmitAsync(answer, inputs, ControlChat.Owner));
        inputs["targetDate"] = "2027-01-01";
        replies.AddRange(await chat.SubmitAsync(answer, inputs, ControlChat.Owner));
        replies.Add(await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner));
        foreach (var text in (string[])["controls", "control A.6.2.8", "control A.7.4", "control A.8.15", "control A.5.1", "soa", "gap"])
        {
            replies.AddRange(await chat.SayAsync(text, ControlChat.Owner));
        }

        foreach (var text in (string[])["soa start", "soa export", "inventory export"])
        {
            replies.AddRange(await chat.SayAsync(text, TranscriptHarness.Admin));
        }

        // Act
        var cards = replies.Where(r => r.Card is not null).Select(r => (r.Card!.TemplateId, r.Card.Data)).ToList();

        // Assert
        Assert.Equal(Templates.Order(), cards.Select(c => c.TemplateId).Distinct().Order());
        await AssertValidAsync(cards);
        Assert.DoesNotContain(cards, c => JsonSerializer.Serialize(c.Data).Contains("\"cardId\":null", StringComparison.Ordinal));
    }
}
