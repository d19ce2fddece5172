using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Controls;

public sealed class AssignDialogTests
{
    [Fact]
    public async Task Admin_Assigns_A_Control_And_The_Owner_Is_Told()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var replies = await ControlChat.SayWithMentionsAsync(chat, "assign A.7.4 <at>Megan Bowen</at>", TranscriptHarness.Admin, ControlChat.Owner);

        // Assert
        Assert.Equal(2, replies.Count);
        Assert.Equal("Megan Bowen now owns A.7.4. I've told them.", replies[0].Text);
        Assert.Null(replies[0].RecipientUserKey);
        Assert.Equal(ControlChat.Owner.Key, replies[1].RecipientUserKey);
        Assert.Equal("soa-owner", replies[1].Card!.TemplateId);
        Assert.Equal("A.7.4", replies[1].Card!.Data["controls"]![0]!["id"]!.GetValue<string>());
        var record = chat.Get<IControlStore>().Get("A.7.4");
        Assert.Equal(ControlChat.Owner.Key, record.OwnerKey);
        Assert.Equal(chat.Time.GetUtcNow().UtcDateTime, record.AssignedAt!.Value, TimeSpan.FromMilliseconds(1));
        var audit = Assert.Single(chat.Get<IAuditLog>().ForEntity("control:A.7.4"));
        Assert.Equal("control.assigned", audit.Action);
        Assert.Equal(TranscriptHarness.Admin.Key, audit.ActorKey);
        Assert.Contains("\"ownerKey\":\"\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains($"\"ownerKey\":\"{ControlChat.Owner.Key}\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_Assigns_A_Whole_Objective_In_Bulk()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var replies = await ControlChat.SayWithMentionsAsync(chat, "assign A.7 @Megan", TranscriptHarness.Admin, ControlChat.Owner);

        // Assert
        Assert.Equal("Megan Bowen now owns A.7.2, A.7.3, A.7.4, A.7.5, A.7.6. I've told them.", replies[0].Text);
        Assert.Equal(5, replies[1].Card!.Data["controls"]!.AsArray().Count);
        Assert.Equal(5, chat.Get<IControlStore>().OwnedBy(ControlChat.Owner.Key).Count);
    }

    [Fact]
    public async Task Non_Admin_Cannot_Assign_And_Nothing_Changes()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await ControlChat.SayWithMentionsAsync(chat, "assign A.7.4 @Megan", ControlChat.Owner, ControlChat.Owner));

        // Assert
        Assert.Equal("Only an AIMS admin can assign control owners.", reply.Text);
        Assert.Empty(chat.Get<IControlStore>().All());
        Assert.Empty(chat.Get<IAuditLog>().ForEntity("control:A.7.4"));
    }

    [Theory]
    [InlineData("assign A.7.4", 0, "Mention the new owner")]
    [InlineData("assign A.7.4 @a @b", 2, "exactly one person")]
    [InlineData("assign A.9.9 @Megan", 1, "There is no control “A.9.9”")]
    [InlineData("assign A.7.4 A.8.15 @Megan", 1, "A.8.15 is an ISO 27001 control")]
    [InlineData("assign data @Megan", 1, "“data” matches")]
    [InlineData("assign @Megan", 1, "Which controls?")]
    public async Task Assign_Refuses_Bad_Input_And_Changes_Nothing(string text, int mentions, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var people = new[] { ControlChat.Owner, ControlChat.Stranger }.Take(mentions).ToArray();

        // Act
        var reply = Assert.Single(await ControlChat.SayWithMentionsAsync(chat, text, TranscriptHarness.Admin, people));

        // Assert
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(chat.Get<IControlStore>().All());
    }
}
