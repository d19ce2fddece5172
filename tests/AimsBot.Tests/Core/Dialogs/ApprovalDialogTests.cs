using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

public sealed class ApprovalDialogTests
{
    private static async Task<(TranscriptHarness Chat, Reply Card1, Reply Card2)> RegisteredAsync()
    {
        var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(TranscriptHarness.OtherCommitteeMember);
        var final = await RegistrationSteps.RegisterAsync(chat);
        var cards = final.Where(r => r.Card?.TemplateId == "approval-request").ToList();
        Assert.Equal(2, cards.Count);
        return (chat, cards.Single(c => c.RecipientUserKey == TranscriptHarness.CommitteeMember.Key), cards.Single(c => c.RecipientUserKey == TranscriptHarness.OtherCommitteeMember.Key));
    }

    private static Dictionary<string, string> Decision(string decision, string note = "") => new()
    {
        ["verb"] = "approval/decide",
        ["systemId"] = "AI-0001",
        ["decision"] = decision,
        ["note"] = note,
    };

    [Fact]
    public async Task Committee_Member_Approves_With_Conditions_And_The_Requester_Is_Told()
    {
        // Arrange
        var (chat, card, _) = await RegisteredAsync();
        using var _chat = chat;
        chat.Time.Advance(TimeSpan.FromHours(2));

        // Act
        var replies = await chat.SubmitAsync(card, Decision("ApprovedWithConditions", "Only for contracts under 50k"), TranscriptHarness.CommitteeMember);

        // Assert
        Assert.Equal(2, replies.Count);
        Assert.Equal("approval-decided", replies[0].Card!.TemplateId);
        Assert.Equal("card-message-1", replies[0].ReplaceMessageId);
        Assert.Equal(TranscriptHarness.Requester.Key, replies[1].RecipientUserKey);
        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal(ApprovalStatus.ApprovedWithConditions, system.Approval);
        Assert.Equal("Only for contracts under 50k", system.DecisionNote);
        Assert.Equal(TranscriptHarness.CommitteeMember.Key, system.DecidedByKey);
        Assert.Equal(chat.Time.GetUtcNow().UtcDateTime, system.DecidedAt!.Value, TimeSpan.FromMilliseconds(1));
        var entry = chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001")[^1];
        Assert.Equal("aisystem.approved-with-conditions", entry.Action);
        Assert.Contains("\"approval\":\"Pending\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"approval\":\"ApprovedWithConditions\"", entry.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rejected")]
    [InlineData("ApprovedWithConditions")]
    public async Task Decision_Requires_A_Reason_For_Reject_And_Conditions(string decision)
    {
        // Arrange
        var (chat, card, _) = await RegisteredAsync();
        using var _chat = chat;

        // Act
        var reply = Assert.Single(await chat.SubmitAsync(card, Decision(decision), TranscriptHarness.CommitteeMember));

        // Assert
        Assert.Equal("approval-request", reply.Card!.TemplateId);
        Assert.True(reply.FieldErrors!.ContainsKey("note"));
        Assert.Equal(ApprovalStatus.Pending, chat.Get<IAiSystemStore>().Get("AI-0001")!.Approval);
    }

    [Fact]
    public async Task Only_Committee_Members_May_Decide()
    {
        // Arrange
        var (chat, card, _) = await RegisteredAsync();
        using var _chat = chat;

        // Act
        var reply = Assert.Single(await chat.SubmitAsync(card, Decision("Approved"), TranscriptHarness.Requester));

        // Assert
        Assert.Contains("Only governance committee members", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Pending, chat.Get<IAiSystemStore>().Get("AI-0001")!.Approval);
    }

    [Fact]
    public async Task A_Second_Decision_Is_Reported_Not_Repeated()
    {
        // Arrange
        var (chat, card1, card2) = await RegisteredAsync();
        using var _chat = chat;
        await chat.SubmitAsync(card1, Decision("Approved"), TranscriptHarness.CommitteeMember);

        // Act
        var reply = Assert.Single(await chat.SubmitAsync(card2, Decision("Rejected", "Too risky"), TranscriptHarness.OtherCommitteeMember));

        // Assert
        Assert.Equal("approval-decided", reply.Card!.TemplateId);
        Assert.True(reply.Card.Data["already"]!.GetValue<bool>());
        Assert.Equal(ApprovalStatus.Approved, chat.Get<IAiSystemStore>().Get("AI-0001")!.Approval);
        Assert.Equal(2, chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001").Count);
    }

    [Fact]
    public async Task Approvals_Lists_Pending_Registrations_For_The_Committee_Only()
    {
        // Arrange
        var (chat, _, _) = await RegisteredAsync();
        using var _chat = chat;

        // Act
        var committee = await chat.SayAsync("approvals", TranscriptHarness.CommitteeMember);
        var requester = Assert.Single(await chat.SayAsync("approvals", TranscriptHarness.Requester));

        // Assert
        Assert.Equal("1 registration waiting for a decision:", committee[0].Text);
        Assert.Equal("approval-request", committee[1].Card!.TemplateId);
        Assert.Contains("Only governance committee members", requester.Text, StringComparison.Ordinal);
    }
}
