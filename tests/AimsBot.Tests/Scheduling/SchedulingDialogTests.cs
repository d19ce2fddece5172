using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Scheduling;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Scheduling;

public sealed class SchedulingDialogTests
{
    [Theory]
    [InlineData("settings timezone Europe/Berlin", "Time zone: **Europe/Berlin** (you chose it)")]
    [InlineData("settings hours 08:00-16:00", "**08:00-16:00 on Monday, Tuesday, Wednesday, Thursday, Friday**")]
    [InlineData("settings days Monday,Tuesday", "**09:00-17:00 on Monday, Tuesday**")]
    [InlineData("settings summary on", "Weekly summary of your own items: **on**")]
    [InlineData("settings", "Time zone: **UTC** (the organisation's default)")]
    public async Task Settings_Are_Saved_And_Shown(string typed, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var replies = await chat.SayAsync(typed);

        // Assert
        Assert.Contains(expected, Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("settings timezone Mars/Olympus", "I don't know the time zone")]
    [InlineData("settings hours all day", "Working hours look like")]
    [InlineData("settings days weekdays", "Working days are day names")]
    [InlineData("settings digest maybe", "settings digest on")]
    [InlineData("settings colour blue", "Type **settings timezone")]
    public async Task Bad_Settings_Change_Nothing(string typed, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var replies = await chat.SayAsync(typed);

        // Assert
        Assert.Contains(expected, Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Null(chat.Get<IUserSettingsStore>().Get(TranscriptHarness.Requester.Key));
    }

    [Fact]
    public async Task Reminders_Lists_The_Persons_Dated_Items_In_Words()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var store = chat.Get<IControlStore>();
        var record = store.Get("A.6.2.8");
        record.OwnerKey = TranscriptHarness.Requester.Key;
        record.NextReview = chat.Time.GetUtcNow().AddDays(-14).UtcDateTime;
        store.Save(record);

        // Act
        var replies = await chat.SayAsync("reminders");
        var nobody = await chat.SayAsync("reminders", TranscriptHarness.Admin);

        // Assert
        var card = Assert.Single(replies).Card!;
        Assert.Equal("due", card.TemplateId);
        Assert.Equal("2 weeks overdue", card.Data["items"]![0]!["when"]!.GetValue<string>());
        Assert.Equal("A.6.2.8", card.Data["items"]![0]!["control"]!.GetValue<string>());
        Assert.Equal("Nothing is due for you in the next 60 days.", Assert.Single(nobody).Text);
    }

    [Fact]
    public async Task Digest_On_Demand_Gives_The_Committee_The_Overdue_Items_With_Owners()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var store = chat.Get<IControlStore>();
        var record = store.Get("A.7.4");
        record.OwnerKey = TranscriptHarness.Requester.Key;
        record.OwnerName = "Megan Bowen";
        record.NextReview = chat.Time.GetUtcNow().AddDays(-3).UtcDateTime;
        store.Save(record);

        // Act
        var committee = await chat.SayAsync("digest", TranscriptHarness.CommitteeMember);
        var owner = await chat.SayAsync("digest");

        // Assert
        var card = Assert.Single(committee).Card!;
        Assert.Equal("digest", card.TemplateId);
        var text = card.Data.ToJsonString();
        Assert.Contains("A.7.4", text, StringComparison.Ordinal);
        Assert.Contains("3 days overdue (Megan Bowen)", text, StringComparison.Ordinal);
        Assert.Contains("0 of 38 controls answered", text, StringComparison.Ordinal);
        Assert.Equal("Your weekly summary", Assert.Single(owner).Card!.Data["title"]!.GetValue<string>());
    }
}
