using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

public sealed class SystemsDialogTests
{
    [Fact]
    public async Task Systems_Pages_The_Inventory_Newest_First()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        for (var i = 1; i <= 12; i++)
        {
            await RegistrationSteps.RegisterAsync(chat, $"System number {i} {new string((char)('a' + i), 6)}");
        }

        // Act
        var page1 = Assert.Single(await chat.SayAsync("systems"));
        var page2 = Assert.Single(await chat.SubmitAsync(page1, new Dictionary<string, string> { ["verb"] = "systems/page", ["page"] = "2", ["mine"] = "false" }));

        // Assert
        Assert.Equal("12 systems · page 1 of 2", page1.Card!.Data["summary"]!.GetValue<string>());
        Assert.Equal("AI-0012", page1.Card.Data["items"]![0]!["id"]!.GetValue<string>());
        Assert.True(page1.Card.Data["hasNext"]!.GetValue<bool>());
        Assert.Equal(2, page2.Card!.Data["items"]!.AsArray().Count);
        Assert.Equal("card-message-1", page2.ReplaceMessageId);
    }

    [Fact]
    public async Task System_Shows_Every_Field_And_The_History()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat);

        // Act
        var reply = Assert.Single(await chat.SayAsync("system ai-1"));

        // Assert
        Assert.Equal("system", reply.Card!.TemplateId);
        Assert.Equal("AI-0001", reply.Card.Data["id"]!.GetValue<string>());
        Assert.Contains(reply.Card.Data["facts"]!.AsArray(), f => f!["title"]!.GetValue<string>() == "Human oversight");
        Assert.Equal("Registered by Megan Bowen", Assert.Single(reply.Card.Data["history"]!.AsArray())!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("system AI-0099", "There is no AI system")]
    [InlineData("system", "Which one?")]
    [InlineData("system <!channel>", "There is no AI system “\\<!channel\\>”")]
    public async Task System_Explains_Unknown_Ids(string text, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync(text));

        // Assert
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Systems_Mine_Shows_Only_My_Registrations()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat, "Mine alpha");
        await RegistrationSteps.RegisterAsync(chat, "Theirs beta", TranscriptHarness.Admin);

        // Act
        var reply = Assert.Single(await chat.SayAsync("systems mine"));

        // Assert
        Assert.Equal("Mine alpha", Assert.Single(reply.Card!.Data["items"]!.AsArray())!["name"]!.GetValue<string>());
    }
}
