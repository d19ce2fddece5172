using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

public sealed class ApprovalDialogTests
{
    private static async Task<(TranscriptHarness Chat, Reply Card1, Reply Card2)> RegisteredAsync(Dictionary<string, string?>? settings = null)
    {
        var chat = new TranscriptHarness(settings);
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(TranscriptHarness.OtherCommitteeMember);
        var final = await RegistrationSteps.RegisterAsync(chat);
        var cards = final.Where(r => r.Card?.TemplateId == "approval-request").ToList();
        Assert.Equal(2, cards.Count);
        return (chat, cards.Single(c => c.RecipientUserKey == TranscriptHarness.CommitteeMember.Key), cards.Single(c => c.RecipientUserKey == TranscriptHarness.OtherCommitteeMember.Key));
    }

    private static Dictionary<string, string> Decision(Reply card, string decision, string note = "") => new()
    {
        ["verb"] = "approval/decide",
        ["requestId"] = card.Card!.Data["requestId"]!.GetValue<string>(),
        ["decision"] = decision,
        ["note"] = note,
    };

    [Fact]
    public async Task Committee_Member_Approves_With_Conditions_And_The_Requester_And_Owner_Are_Told()
    {
        // Arrange
        var (chat, card, _) = await RegisteredAsync();
        using var _chat = chat;
        chat.Time.Advance(TimeSpan.FromHours(2));

        // Act
        var replies = await chat.SubmitAsync(card, Decision(card, "ApprovedWithConditions", "Only for contracts under 50k"), TranscriptHarness.CommitteeMember);

        // Assert
        Assert.Equal(4, replies.Count);
        Assert.Equal("approval-decided", replies[0].Card!.TemplateId);
        Assert.Equal(CardOutcome.Done, replies[0].Outcome);
        Assert.Equal("card-message-1", replies[0].ReplaceMessageId);
        Assert.Equal(TranscriptHarness.Requester.Key, replies[1].RecipientUserKey);
        Assert.Equal("system-complete", replies[2].Card!.TemplateId);
        Assert.Equal(TranscriptHarness.Requester.Key, replies[2].RecipientUserKey);
        Assert.Equal("impact-request", replies[3].Card!.TemplateId);
        Assert.Equal(TranscriptHarness.Requester.Key, replies[3].RecipientUserKey);
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

    [Fact]
    public async Task An_Owner_Nobody_Can_Reach_Yet_Leaves_Completing_The_Record_To_The_Requester()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        var card = Assert.Single(await chat.SayAsync("register"));
        var step1 = RegistrationSteps.Step1();
        step1["owner"] = "Priya Natarajan";
        card = Assert.Single(await chat.SubmitAsync(card, step1));
        card = Assert.Single(await chat.SubmitAsync(card, RegistrationSteps.Step2()));
        var approval = (await chat.SubmitAsync(card, RegistrationSteps.Step3())).Single(r => r.Card?.TemplateId == "approval-request");

        // Act
        var replies = await chat.SubmitAsync(approval, Decision(approval, "Approved"), TranscriptHarness.CommitteeMember);

        // Assert
        var complete = replies.Single(r => r.Card?.TemplateId == "system-complete");
        Assert.Equal(TranscriptHarness.Requester.Key, complete.RecipientUserKey);
        Assert.StartsWith("Its business owner Priya Natarajan has not talked to AimsBot yet", complete.Card!.Data["asWho"]!.GetValue<string>(), StringComparison.Ordinal);
        var impact = replies.Single(r => r.Card?.TemplateId == "impact-request");
        Assert.Equal(TranscriptHarness.Requester.Key, impact.RecipientUserKey);
        Assert.Equal("", chat.Get<IAiSystemStore>().Get("AI-0001")!.BusinessOwnerKey);
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
        var reply = Assert.Single(await chat.SubmitAsync(card, Decision(card, decision), TranscriptHarness.CommitteeMember));

        // Assert
        Assert.Equal("approval-request", reply.Card!.TemplateId);
        Assert.Equal(CardOutcome.Invalid, reply.Outcome);
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
        var reply = Assert.Single(await chat.SubmitAsync(card, Decision(card, "Approved"), TranscriptHarness.Requester));

        // Assert
        Assert.Contains("Only governance committee members", reply.Text, StringComparison.Ordinal);
        Assert.Equal(CardOutcome.Refused, reply.Outcome);
        Assert.Equal(ApprovalStatus.Pending, chat.Get<IAiSystemStore>().Get("AI-0001")!.Approval);
    }

    [Fact]
    public async Task Nobody_Decides_On_Their_Own_Request()
    {
        // Arrange: a committee member registers a system themselves.
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(TranscriptHarness.OtherCommitteeMember);
        var final = await RegistrationSteps.RegisterAsync(chat, user: TranscriptHarness.CommitteeMember);
        var card = Assert.Single(final, r => r.Card?.TemplateId == "approval-request");
        var listed = await chat.SayAsync("approvals", TranscriptHarness.CommitteeMember);

        // Act
        var reply = Assert.Single(await chat.SubmitAsync(card, Decision(card, "Approved"), TranscriptHarness.CommitteeMember));

        // Assert
        Assert.Equal(TranscriptHarness.OtherCommitteeMember.Key, card.RecipientUserKey);
        Assert.Contains("nobody decides on their own request", reply.Text, StringComparison.Ordinal);
        Assert.Single(listed);
        Assert.Equal(ApprovalStatus.Pending, chat.Get<IAiSystemStore>().Get("AI-0001")!.Approval);
    }

    [Fact]
    public async Task Self_Approval_Is_Possible_Only_When_Allowed()
    {
        // Arrange
        using var chat = new TranscriptHarness(new() { ["Approval:AllowSelfApproval"] = "true" });
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        var final = await RegistrationSteps.RegisterAsync(chat, user: TranscriptHarness.CommitteeMember);
        var card = Assert.Single(final, r => r.Card?.TemplateId == "approval-request");

        // Act
        await chat.SubmitAsync(card, Decision(card, "Approved"), TranscriptHarness.CommitteeMember);

        // Assert
        Assert.Equal(ApprovalStatus.Approved, chat.Get<IAiSystemStore>().Get("AI-0001")!.Approval);
    }

    [Fact]
    public async Task A_Quorum_Of_Two_Needs_Two_Approvals()
    {
        // Arrange
        var (chat, card1, card2) = await RegisteredAsync(new() { ["Approval:Quorum"] = "2" });
        using var _chat = chat;

        // Act
        var first = await chat.SubmitAsync(card1, Decision(card1, "Approved"), TranscriptHarness.CommitteeMember);
        var again = Assert.Single(await chat.SayAsync("approvals", TranscriptHarness.CommitteeMember));
        var afterOne = chat.Get<IAiSystemStore>().Get("AI-0001")!.Approval;
        var second = await chat.SubmitAsync(card2, Decision(card2, "ApprovedWithConditions", "Review in 3 months"), TranscriptHarness.OtherCommitteeMember);

        // Assert
        Assert.Single(first);
        Assert.Contains("waiting for more approvals", first[0].Card!.Data["status"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("1 request waiting", again.Text, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Pending, afterOne);
        Assert.Equal(4, second.Count);
        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal(ApprovalStatus.ApprovedWithConditions, system.Approval);
        Assert.Equal("Review in 3 months", system.DecisionNote);
        Assert.Equal($"{TranscriptHarness.CommitteeMember.Name}, {TranscriptHarness.OtherCommitteeMember.Name}", system.DecidedByName);
    }

    [Fact]
    public async Task A_Second_Decision_Is_Reported_Not_Repeated()
    {
        // Arrange
        var (chat, card1, card2) = await RegisteredAsync();
        using var _chat = chat;
        await chat.SubmitAsync(card1, Decision(card1, "Approved"), TranscriptHarness.CommitteeMember);

        // Act
        var reply = Assert.Single(await chat.SubmitAsync(card2, Decision(card2, "Rejected", "Too risky"), TranscriptHarness.OtherCommitteeMember));

        // Assert
        Assert.Equal("approval-decided", reply.Card!.TemplateId);
        Assert.True(reply.Card.Data["already"]!.GetValue<bool>());
        Assert.Equal(ApprovalStatus.Approved, chat.Get<IAiSystemStore>().Get("AI-0001")!.Approval);
        Assert.Equal(2, chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001").Count);
    }

    [Fact]
    public async Task Approvals_Lists_Pending_Requests_Oldest_First_For_The_Committee_Only()
    {
        // Arrange
        var (chat, _, _) = await RegisteredAsync();
        using var _chat = chat;
        chat.Time.Advance(TimeSpan.FromDays(3));
        await RegistrationSteps.RegisterAsync(chat, "Invoice matcher");

        // Act
        var committee = await chat.SayAsync("approvals", TranscriptHarness.CommitteeMember);
        var requester = Assert.Single(await chat.SayAsync("approvals", TranscriptHarness.Requester));

        // Assert
        Assert.StartsWith("2 requests waiting for a decision, oldest first:", committee[0].Text, StringComparison.Ordinal);
        Assert.Contains("registration: AI-0001 Contract review assistant, asked by Megan Bowen 3 days ago", committee[0].Text, StringComparison.Ordinal);
        Assert.True(committee[0].Text!.IndexOf("AI-0001", StringComparison.Ordinal) < committee[0].Text!.IndexOf("AI-0002", StringComparison.Ordinal));
        Assert.Equal("approval-request", committee[1].Card!.TemplateId);
        Assert.Contains("Only governance committee members", requester.Text, StringComparison.Ordinal);
    }
}
