using System.Text.Json.Nodes;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Controls;

public sealed class ControlsDialogTests
{
    private static IEnumerable<string> ControlIds(JsonObject data) =>
        data["objectives"]!.AsArray().SelectMany(o => o!["controls"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));

    [Fact]
    public async Task Controls_Lists_All_38_By_Objective_With_Counts()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync("controls"));

        // Assert
        Assert.Equal("controls", reply.Card!.TemplateId);
        var data = reply.Card.Data;
        Assert.Equal(10, data["objectives"]!.AsArray().Count);
        Assert.Equal(38, ControlIds(data).Count());
        Assert.Equal("38 controls · 0 applicable, 0 excluded, 38 unanswered, 0 implemented", data["summary"]!.GetValue<string>());
        Assert.Equal("A.6 AI system life cycle › A.6.1 Management guidance for AI system development", data["objectives"]![4]!["label"]!.GetValue<string>());
        Assert.Equal("0 applicable, 0 excluded, 2 unanswered, 0 implemented", data["objectives"]![4]!["counts"]!.GetValue<string>());
        Assert.Equal(["A.6.1.2", "A.6.1.3"], data["objectives"]![4]!["controls"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal("A.6 AI system life cycle › A.6.2 AI system life cycle", data["objectives"]![5]!["label"]!.GetValue<string>());
        Assert.Equal("0 applicable, 0 excluded, 7 unanswered, 0 implemented", data["objectives"]![5]!["counts"]!.GetValue<string>());
        Assert.Equal("A.8 Information for interested parties of AI systems", data["objectives"]![7]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Controls_Filters_By_Keyword_Status_Objective_And_Owner()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await ControlChat.AssignAsync(chat, "A.7.4 A.2.2", ControlChat.Owner);
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.2.2", ControlChat.Owner);
        await chat.SubmitAsync(card, ControlChat.Applicable("A.2.2"), ControlChat.Owner);

        // Act
        var logging = Assert.Single(await chat.SayAsync("controls logging"));
        var implemented = Assert.Single(await chat.SayAsync("controls implemented"));
        var objective = Assert.Single(await chat.SayAsync("controls A.7"));
        var mine = Assert.Single(await chat.SayAsync("controls mine", ControlChat.Owner));
        var none = Assert.Single(await chat.SayAsync("controls mine", ControlChat.Stranger));
        var building = Assert.Single(await chat.SayAsync("controls A.5.9"));
        var excluded = Assert.Single(await chat.SayAsync("controls excluded"));

        // Assert
        Assert.Equal(["A.6.2.8"], ControlIds(logging.Card!.Data));
        Assert.Equal(["A.2.2"], ControlIds(implemented.Card!.Data));
        Assert.Equal(["A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6"], ControlIds(objective.Card!.Data));
        Assert.Equal(["A.2.2", "A.7.4"], ControlIds(mine.Card!.Data));
        Assert.Contains("You don't own any control yet", none.Text, StringComparison.Ordinal);
        Assert.Equal(["A.4.2", "A.4.3", "A.4.4", "A.4.5", "A.7.5"], ControlIds(building.Card!.Data));
        Assert.Equal("No control is excluded right now. Type **controls** for all of them.", excluded.Text);
    }

    [Fact]
    public async Task Control_Shows_The_Card_With_Questions_Links_Owner_And_Reuse()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await ControlChat.AssignAsync(chat, "A.6.2.8", ControlChat.Owner);

        // Act
        var reply = Assert.Single(await chat.SayAsync("control a6.2.8", ControlChat.Owner));

        // Assert
        Assert.Equal("control", reply.Card!.TemplateId);
        var data = reply.Card.Data;
        Assert.Equal("A.6.2.8", data["id"]!.GetValue<string>());
        Assert.Equal("A.8.15", data["iso27001"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("Logging", data["iso27001"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(3, data["questions"]!.AsArray().Count);
        Assert.True(data["canAnswer"]!.GetValue<bool>());
        var facts = data["facts"]!.AsArray().ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("Megan Bowen", facts["Owner"]);
        Assert.Equal("Unanswered", facts["SoA answer"]);
        Assert.StartsWith("Extend", facts["Work"], StringComparison.Ordinal);
        Assert.StartsWith("Owner set to Megan Bowen, by Adele Vance", facts["Last change"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_For_An_Iso27001_Id_Shows_The_Controls_Building_On_It()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync("control A.8.15"));
        var twin = Assert.Single(await chat.SayAsync("control A.7.4"));
        var explicitTwin = Assert.Single(await chat.SayAsync("control 27001:A.7.4"));

        // Assert
        Assert.Equal("control-iso27001", reply.Card!.TemplateId);
        Assert.Equal("A.6.2.8", reply.Card.Data["buildsOn"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("control", twin.Card!.TemplateId);
        Assert.Contains("control 27001:A.7.4", twin.Card.Data["twin"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("control-iso27001", explicitTwin.Card!.TemplateId);
        Assert.Equal("Physical security monitoring", explicitTwin.Card.Data["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("control A.6.2.9", "A.6.2.8")]
    [InlineData("control A.66.2", "Closest")]
    [InlineData("control 42001:A.8.15", "There is no control")]
    public async Task Control_With_An_Unknown_Id_Suggests_The_Closest(string text, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync(text));

        // Assert
        Assert.Null(reply.Card);
        Assert.Contains("There is no control", reply.Text, StringComparison.Ordinal);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_With_An_Ambiguous_Keyword_Lists_The_Matches_And_A_Unique_One_Shows_It()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var ambiguous = Assert.Single(await chat.SayAsync("control data"));
        var unique = Assert.Single(await chat.SayAsync("control logging"));
        var huge = Assert.Single(await chat.SayAsync("control " + new string('x', 500)));

        // Assert
        Assert.Null(ambiguous.Card);
        Assert.Contains("“data” matches", ambiguous.Text, StringComparison.Ordinal);
        Assert.Contains("**A.7.4** Quality of data for AI systems", ambiguous.Text, StringComparison.Ordinal);
        Assert.Equal("A.6.2.8", unique.Card!.Data["id"]!.GetValue<string>());
        Assert.Contains("There is no control", huge.Text, StringComparison.Ordinal);
        Assert.True(huge.Text!.Length < 300);
    }
}
