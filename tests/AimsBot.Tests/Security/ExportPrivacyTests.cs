using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Security;

/// <summary>Export links reach only the requester's personal chat, once, and are marked for removal from the outbox once sent.</summary>
public sealed class ExportPrivacyTests
{
    [Theory]
    [InlineData("soa export")]
    [InlineData("inventory export")]
    public async Task Export_Asked_In_A_Channel_Goes_To_The_Personal_Chat_Only(string command)
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var member = TranscriptHarness.CommitteeMember;
        await chat.InstallAsync(member);

        // Act
        var replies = await chat.RunAsync(ChannelTurn(chat, member, command));

        // Assert
        var card = Assert.Single(replies, r => r.Card is not null);
        Assert.Equal(ExportPublisher.Template, card.Card!.TemplateId);
        Assert.Equal(member.Key, card.RecipientUserKey);
        Assert.True(card.Redact);
        var said = Assert.Single(replies, r => r.Card is null);
        Assert.Null(said.RecipientUserKey);
        Assert.Equal(ExportPublisher.SentPrivately, said.Text);
        Assert.DoesNotContain("/exports/", said.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Asked_In_A_Channel_Without_A_Personal_Chat_Makes_No_Link()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.RunAsync(ChannelTurn(chat, TranscriptHarness.Admin, "soa export")));

        // Assert
        Assert.Equal(ExportPublisher.NoPersonalChat, reply.Text);
        Assert.Equal(0, chat.Database.Collection<ExportFile>(ControlCollections.ExportFiles).Count());
    }

    [Fact]
    public async Task Export_In_The_Personal_Chat_Is_Redacted_After_Sending_And_Each_Link_Works_Once()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync("soa export", TranscriptHarness.Admin));
        var links = chat.Get<ExportLinks>();
        var token = new Uri(reply.Card!.Data["csvUrl"]!.GetValue<string>()).AbsolutePath["/exports/".Length..];
        var first = links.Resolve(token);
        var second = links.Resolve(token);

        // Assert
        Assert.True(reply.Redact);
        Assert.Null(reply.RecipientUserKey);
        Assert.Contains("work once", reply.Card.Data["generated"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(first);
        Assert.Null(second);
    }

    [Fact]
    public async Task Links_Can_Be_Made_Reusable_Until_They_Expire()
    {
        // Arrange
        using var chat = new TranscriptHarness(new() { ["Exports:SingleUse"] = "false" });

        // Act
        var reply = Assert.Single(await chat.SayAsync("inventory export", TranscriptHarness.Admin));
        var links = chat.Get<ExportLinks>();
        var token = new Uri(reply.Card!.Data["xlsxUrl"]!.GetValue<string>()).AbsolutePath["/exports/".Length..];

        // Assert
        Assert.NotNull(links.Resolve(token));
        Assert.NotNull(links.Resolve(token));
    }

    private static IncomingTurn ChannelTurn(TranscriptHarness chat, UserRef user, string text) =>
        chat.NewTurn(TurnKind.Message, user) with
        {
            Text = text,
            Conversation = new ConversationRef(Platform.Teams, user.TenantId, "19:general@thread.tacv2")
            {
                ServiceUrl = "https://smba.trafficmanager.net/teams/",
                ChannelId = "msteams",
                ConversationType = "channel",
                BotId = "28:bot",
            },
        };
}
