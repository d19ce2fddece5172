using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

public sealed class HelpAndRoutingTests
{
    [Fact]
    public async Task Help_Lists_Every_Visible_Command()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync("help"));

        // Assert
        Assert.Equal("help", reply.Card!.TemplateId);
        var titles = reply.Card.Data["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        Assert.Contains("register", titles);
        Assert.Contains("cancel", titles);
        Assert.DoesNotContain("welcome", titles);
    }

    [Fact]
    public async Task Adding_The_Bot_Shows_The_Welcome_Card()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.InstallAsync(TranscriptHarness.Requester));

        // Assert
        Assert.True(reply.Card!.Data["welcome"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("regster", "Did you mean **register**?")]
    [InlineData("sytems", "Did you mean **systems**?")]
    [InlineData("what is the weather", "Type **help** to see every command.")]
    [InlineData("**bold** [x](http://evil)", "I don't know “\\*\\*bold\\*\\*")]
    public async Task Unknown_Text_Gets_A_Friendly_Suggestion(string text, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync(text));

        // Assert
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Card_Action_For_An_Unknown_Dialog_Is_Explained()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var turn = chat.NewTurn(AimsBot.Core.Conversations.TurnKind.CardAction, TranscriptHarness.Requester) with
        {
            Data = new Dictionary<string, string> { ["verb"] = "nope/step" },
        };

        // Act
        var reply = Assert.Single(await chat.RunAsync(turn));

        // Assert
        Assert.Contains("couldn't tell what that button was for", reply.Text, StringComparison.Ordinal);
    }
}
