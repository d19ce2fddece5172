using AimsBot.Core.Governance;
using AimsBot.Core.Dialogs.Impact;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Impact;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Impact;

/// <summary>A re-assessment saved while the committee has not yet reviewed the earlier version: that review leaves the queue.</summary>
public sealed class ImpactReviewQueueTests
{
    [Fact]
    public async Task A_Superseded_Assessment_Leaves_The_Committee_Queue_And_Its_Old_Card_Decides_Nothing()
    {
        // Arrange: IA-0001 waits for the committee
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        var system = ImpactChat.AddSystem(chat);
        var first = await ImpactChat.AssessAsync(chat, system.Id);

        // Act: the owner re-assesses before anyone decided, then the committee looks at its queue and the old card
        var second = await ImpactChat.AssessAsync(chat, system.Id);
        var queue = await chat.SayAsync("approvals", TranscriptHarness.CommitteeMember);
        var oldCard = Assert.Single(await ImpactChat.DecideAsync(chat, first, "Approved"));
        var forged = await ImpactChat.DecideAsync(chat, second, "Withdrawn");
        var decided = await ImpactChat.DecideAsync(chat, second, "Approved");

        // Assert: the save says so, and only IA-0002 is waiting
        Assert.EndsWith("The committee's pending review of IA-0001 was withdrawn.", second[0].Text, StringComparison.Ordinal);
        var pending = chat.Get<ApprovalFlow>().Pending();
        Assert.Empty(pending);
        Assert.StartsWith("1 request waiting for a decision", queue[0].Text, StringComparison.Ordinal);
        Assert.Contains("IA-0002", queue[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("IA-0001", queue[0].Text, StringComparison.Ordinal);

        // Assert: the old card says it was withdrawn and changes nothing
        Assert.Equal("approval-decided", oldCard.Card!.TemplateId);
        Assert.True(oldCard.Card.Data["withdrawn"]!.GetValue<bool>());
        Assert.False(oldCard.Card.Data["already"]!.GetValue<bool>());
        Assert.Equal("superseded by IA-0002", oldCard.Card.Data["note"]!.GetValue<string>());
        var requests = chat.Get<IApprovalStore>().ForSubject(ImpactReviewSubject.KindName, "IA-0001");
        var withdrawn = Assert.Single(requests);
        Assert.Equal(ApprovalStatus.Withdrawn, withdrawn.Status);
        Assert.Empty(withdrawn.Votes);
        Assert.Equal(ImpactStatus.InReview, chat.Get<IImpactStore>().Get("IA-0001")!.Status);
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("approval:" + withdrawn.Id), e => e.Action == "approval.withdrawn");

        // Assert: "Withdrawn" is not a decision a card can send; the current version is decided as usual
        Assert.NotNull(Assert.Single(forged).FieldErrors!["decision"]);
        Assert.Equal(ImpactStatus.Approved, chat.Get<IImpactStore>().Get("IA-0002")!.Status);
        Assert.Contains(decided, r => r.Text?.StartsWith("The committee approved IA-0002", StringComparison.Ordinal) == true);
    }
}
