using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Soa;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Controls;

/// <summary><c>soa approve</c> through the generic approval flow: a version is frozen; later answers change the draft, not the version.</summary>
public sealed class SoaApprovalTests
{
    private static Dictionary<string, string> Decision(Reply card, string decision, string note = "") => new()
    {
        ["verb"] = "approval/decide",
        ["requestId"] = card.Card!.Data["requestId"]!.GetValue<string>(),
        ["decision"] = decision,
        ["note"] = note,
    };

    private static async Task<TranscriptHarness> AnsweredAsync()
    {
        var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(TranscriptHarness.OtherCommitteeMember);
        await ControlChat.AssignAsync(chat, "A.6.2.8", ControlChat.Owner);
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner);
        await chat.SubmitAsync(card, ControlChat.Applicable("A.6.2.8", "Planned", "2027-01-15"), ControlChat.Owner);
        return chat;
    }

    [Fact]
    public async Task The_Committee_Approves_The_Draft_Captured_When_Sent_And_It_Becomes_A_Frozen_Version()
    {
        // Arrange
        using var chat = await AnsweredAsync();

        // Act
        var sent = await chat.SayAsync("soa approve", TranscriptHarness.Admin);
        var refused = Assert.Single(await chat.SayAsync("soa approve", ControlChat.Owner));
        var again = Assert.Single(await chat.SayAsync("soa approve", TranscriptHarness.Admin));
        var approval = Assert.Single(sent, r => r.RecipientUserKey == TranscriptHarness.CommitteeMember.Key);
        var later = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner);
        await chat.SubmitAsync(later, ControlChat.Applicable("A.6.2.8"), ControlChat.Owner, "card-message-2");
        chat.Time.Advance(TimeSpan.FromHours(3));
        var decided = await chat.SubmitAsync(approval, Decision(approval, "Approved"), TranscriptHarness.CommitteeMember, "card-message-3");
        var versions = Assert.Single(await chat.SayAsync("soa versions", ControlChat.Owner));

        // Assert
        Assert.Equal(3, sent.Count);
        Assert.Contains(sent, r => r.RecipientUserKey == TranscriptHarness.OtherCommitteeMember.Key);
        Assert.Equal("Sent the Statement of Applicability to 2 committee members for approval as version 1. First approved version: 1 applicable, 0 excluded, 37 unanswered.", sent[^1].Text);
        Assert.Equal("approval-request", approval.Card!.TemplateId);
        Assert.Contains(approval.Card.Data["facts"]!.AsArray(), f => f!["title"]!.GetValue<string>() == "Becomes" && f["value"]!.GetValue<string>() == "Version 1");
        Assert.Equal("Only an AIMS admin can send the Statement of Applicability for approval.", refused.Text);
        Assert.StartsWith("The Statement of Applicability is already waiting for the committee (Statement of Applicability, version 1, sent by Adele Vance", again.Text, StringComparison.Ordinal);
        var told = Assert.Single(decided, r => r.RecipientUserKey == TranscriptHarness.Admin.Key);
        Assert.Equal("The committee approved the Statement of Applicability. It is now version 1, approved by Alex Wilber. Type **soa export 1** for its files.", told.Text);

        var store = chat.Get<SoaVersions>();
        var version = store.Get(1)!;
        Assert.Equal(["Alex Wilber"], version.ApprovedBy);
        Assert.Equal(new DateTime(2026, 11, 2, 12, 0, 0, DateTimeKind.Utc), version.ApprovedAt);
        Assert.Equal("Adele Vance", version.RequestedByName);
        Assert.Equal(ImplementationStatus.Planned, version.Document.Controls.Single(c => c.Id == "A.6.2.8").Status);
        Assert.Equal(ImplementationStatus.Implemented, store.Draft().Controls.Single(c => c.Id == "A.6.2.8").Status);
        Assert.StartsWith("**Version 1** · approved 2026-11-02", versions.Text, StringComparison.Ordinal);
        Assert.Contains("The draft has 1 change since version 1.", versions.Text, StringComparison.Ordinal);
        Assert.Equal("soa.approved", Assert.Single(chat.Get<IAuditLog>().ForEntity("soa:v1")).Action);
    }

    [Fact]
    public async Task A_Rejection_Makes_No_Version_And_Tells_The_Requester_Why()
    {
        // Arrange
        using var chat = await AnsweredAsync();
        var approval = Assert.Single(await chat.SayAsync("soa approve", TranscriptHarness.Admin), r => r.RecipientUserKey == TranscriptHarness.OtherCommitteeMember.Key);

        // Act
        var decided = await chat.SubmitAsync(approval, Decision(approval, "Rejected", "A.7 is not answered yet."), TranscriptHarness.OtherCommitteeMember);
        var retry = await chat.SayAsync("soa approve", TranscriptHarness.Admin);

        // Assert
        var told = Assert.Single(decided, r => r.RecipientUserKey == TranscriptHarness.Admin.Key);
        Assert.Equal("The committee rejected the Statement of Applicability you sent for approval (it would have been version 1). Reason: A.7 is not answered yet.", told.Text);
        Assert.Empty(chat.Get<SoaVersions>().All());
        Assert.StartsWith("Sent the Statement of Applicability to 2 committee members for approval as version 1.", retry[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_Is_Sent_When_Nothing_Changed_Since_The_Last_Version()
    {
        // Arrange
        using var chat = await AnsweredAsync();
        var approval = Assert.Single(await chat.SayAsync("soa approve", TranscriptHarness.Admin), r => r.RecipientUserKey == TranscriptHarness.CommitteeMember.Key);
        await chat.SubmitAsync(approval, Decision(approval, "Approved"), TranscriptHarness.CommitteeMember);

        // Act
        var reply = Assert.Single(await chat.SayAsync("soa approve", TranscriptHarness.Admin));

        // Assert
        Assert.Equal("Nothing changed since version 1: no control's applicability, justification or status moved, so there is nothing new to approve.", reply.Text);
    }
}
