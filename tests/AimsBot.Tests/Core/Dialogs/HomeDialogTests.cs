using AimsBot.Core.Conversations;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

public sealed class HomeDialogTests
{
    [Fact]
    public async Task HomeOpened_Shows_The_Persons_Own_Registrations_With_State_And_The_Commands()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat, "Contract review assistant");
        await RegistrationSteps.RegisterAsync(chat, "Meeting notes summariser", TranscriptHarness.Admin);

        // Act
        var reply = Assert.Single(await chat.RunAsync(chat.NewTurn(TurnKind.HomeOpened, TranscriptHarness.Requester)));

        // Assert
        Assert.Equal("home", reply.Card!.TemplateId);
        Assert.True(reply.ForHomeTab);
        var items = reply.Card.Data["items"]!.AsArray();
        var item = Assert.Single(items);
        Assert.Equal("AI-0001", item!["id"]!.GetValue<string>());
        Assert.Equal("Pending approval", item["status"]!.GetValue<string>());
        Assert.Equal("You registered or own 1 AI system.", reply.Card.Data["summary"]!.GetValue<string>());
        var commands = reply.Card.Data["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        Assert.Contains("register", commands);
        Assert.Contains("home", commands);
        Assert.Contains("cancel", commands);
    }

    [Fact]
    public async Task Home_Command_Shows_The_Same_Card_With_Nothing_Registered()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync("home"));

        // Assert
        Assert.Equal("home", reply.Card!.TemplateId);
        Assert.False(reply.ForHomeTab);
        Assert.False(reply.Card.Data["hasItems"]!.GetValue<bool>());
        Assert.Empty(reply.Card.Data["items"]!.AsArray());
        Assert.Contains("not registered any AI system yet", reply.Card.Data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(reply.Card.Data["hasTasks"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Home_Shows_The_Persons_Open_Tasks_In_Words()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var store = chat.Get<AimsBot.Core.Governance.Controls.IControlStore>();
        var record = store.Get("A.6.2.8");
        record.OwnerKey = TranscriptHarness.Requester.Key;
        record.NextReview = chat.Time.GetUtcNow().AddDays(10).UtcDateTime;
        store.Save(record);

        // Act
        var reply = Assert.Single(await chat.RunAsync(chat.NewTurn(TurnKind.HomeOpened, TranscriptHarness.Requester)));

        // Assert
        Assert.True(reply.Card!.Data["hasTasks"]!.GetValue<bool>());
        var task = Assert.Single(reply.Card.Data["tasks"]!.AsArray())!;
        Assert.Equal("due in 1 week", task["when"]!.GetValue<string>());
        Assert.Contains("A.6.2.8", task["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
