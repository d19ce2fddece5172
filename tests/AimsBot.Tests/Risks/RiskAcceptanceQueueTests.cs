using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Risk;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Risks;

/// <summary>
/// A risk that changes while the committee has not yet decided on accepting it (edited, re-treated, treated,
/// closed): the pending acceptance leaves the queue, and its old card decides nothing either way.
/// </summary>
public sealed class RiskAcceptanceQueueTests
{
    [Fact]
    public async Task An_Edit_Withdraws_The_Pending_Acceptance_And_Both_Decisions_On_The_Old_Card_Change_Nothing()
    {
        // Arrange: R-0001 (High) waits for the committee's acceptance
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(TranscriptHarness.OtherCommitteeMember);
        var risk = RiskChat.Raise(chat, 4, 3);
        var asked = await chat.SayAsync("risk accept " + risk.Id, RiskChat.Owner);

        // Act: the owner re-rates it before anyone decided; then both committee members answer their old cards
        var card = Assert.Single(await chat.SayAsync("risk edit " + risk.Id, RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", []), RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", []), RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", new() { ["likelihood"] = "5", ["impact"] = "5" }), RiskChat.Owner));
        var saved = await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-new/next" }, RiskChat.Owner);
        var approved = Assert.Single(await Decide(chat, asked, TranscriptHarness.CommitteeMember, "Approved"));
        var rejected = Assert.Single(await Decide(chat, asked, TranscriptHarness.OtherCommitteeMember, "Rejected", "Too risky"));

        // Assert: the save says so and nothing waits any more
        var answer = saved.Single(r => r.RecipientUserKey is null);
        Assert.StartsWith("Saved 3 changes to R-0001 (likelihood, impact, level).", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("The committee's pending acceptance of R-0001 was withdrawn: it was asked for before this change. Type **risk accept R-0001** to ask again if it still needs accepting.", answer.Text, StringComparison.Ordinal);
        Assert.Empty(chat.Get<ApprovalFlow>().Pending());

        // Assert: approve and reject on the old cards are both answered "withdrawn" and decide nothing
        foreach (var reply in new[] { approved, rejected })
        {
            Assert.Equal("approval-decided", reply.Card!.TemplateId);
            Assert.True(reply.Card.Data["withdrawn"]!.GetValue<bool>());
            Assert.Equal("R-0001 Chatbot gives wrong refund rules at level High was withdrawn (R-0001 was edited after acceptance was asked for), so nothing changed.", reply.Text);
        }

        var request = Assert.Single(chat.Get<IApprovalStore>().ForSubject(RiskAcceptanceSubject.KindName, risk.Id));
        Assert.Equal(ApprovalStatus.Withdrawn, request.Status);
        Assert.Empty(request.Votes);
        var stored = chat.Get<IRiskStore>().Get(risk.Id)!;
        Assert.Equal(RiskStatus.Open, stored.Status);
        Assert.Null(stored.Acceptance);
        Assert.Equal("Critical", stored.Level);
        var audit = chat.Get<IAuditLog>();
        Assert.Contains(audit.ForEntity("approval:" + request.Id), e => e.Action == "approval.withdrawn");
        Assert.DoesNotContain(audit.ForEntity(RiskIds.Entity(risk.Id)), e => e.Action is "risk.accepted" or "risk.acceptance-rejected");
    }

    [Fact]
    public async Task A_New_Treatment_Plan_Withdraws_The_Pending_Acceptance()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(RiskChat.Treater);
        var risk = RiskChat.Raise(chat, 4, 3);
        var asked = await chat.SayAsync("risk accept " + risk.Id, RiskChat.Owner);

        // Act
        var card = Assert.Single(await chat.SayAsync("risk treat " + risk.Id, RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-treat/next", ["option"] = "Modify", ["controls"] = "A.6.2.6", ["plan"] = "Rebuild the index nightly." }, RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-treat/next", ["owner"] = "Lee Gu", ["dueDate"] = "2026-12-15", ["residualLikelihood"] = "2", ["residualImpact"] = "3" }, RiskChat.Owner));
        var saved = await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-treat/next" }, RiskChat.Owner);
        var old = Assert.Single(await Decide(chat, asked, TranscriptHarness.CommitteeMember, "Approved"));

        // Assert
        Assert.Contains("The committee's pending acceptance of R-0001 was withdrawn", saved.Single(r => r.RecipientUserKey is null).Text, StringComparison.Ordinal);
        Assert.Equal("R-0001 Chatbot gives wrong refund rules at level High was withdrawn (R-0001 got a new treatment plan after acceptance was asked for), so nothing changed.", old.Text);
        Assert.Empty(chat.Get<ApprovalFlow>().Pending());
        Assert.Equal(RiskStatus.TreatmentPlanned, chat.Get<IRiskStore>().Get(risk.Id)!.Status);
    }

    [Theory]
    [InlineData("done", "was treated")]
    [InlineData("close", "was closed")]
    public async Task Treating_Or_Closing_Withdraws_The_Pending_Acceptance(string command, string change)
    {
        // Arrange: the inherent High acceptance waits for the committee; a treatment (residual Medium) is planned since
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(RiskChat.Treater);
        var risk = RiskChat.Raise(chat, 4, 3);
        var asked = await chat.SayAsync("risk accept " + risk.Id, RiskChat.Owner);
        Assert.True(chat.Get<RiskService>().PlanTreatment(RiskChat.Act(chat, RiskChat.Owner), risk.Id, RiskChat.Treatment(2, 3)).Succeeded);
        var before = chat.Get<IRiskStore>().Get(risk.Id)!;

        // Act
        var who = command == "done" ? RiskChat.Treater : RiskChat.Owner;
        var said = Assert.Single(await chat.SayAsync($"risk {command} {risk.Id} index rebuilt nightly", who));
        var old = Assert.Single(await Decide(chat, asked, TranscriptHarness.CommitteeMember, "Approved"));

        // Assert
        Assert.EndsWith("The committee's pending acceptance of R-0001 was withdrawn: it was asked for before this change. Type **risk accept R-0001** to ask again if it still needs accepting.", said.Text, StringComparison.Ordinal);
        Assert.Equal($"R-0001 Chatbot gives wrong refund rules at level High was withdrawn (R-0001 {change} after acceptance was asked for), so nothing changed.", old.Text);
        Assert.Empty(chat.Get<ApprovalFlow>().Pending());
        var stored = chat.Get<IRiskStore>().Get(risk.Id)!;
        Assert.Null(stored.Acceptance);
        Assert.NotEqual(before.Status, stored.Status);
        Assert.Equal(command == "done" ? RiskStatus.Treated : RiskStatus.Closed, stored.Status);
    }

    [Fact]
    public async Task An_Edit_That_Changes_Nothing_Leaves_The_Pending_Acceptance_Waiting()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        var risk = RiskChat.Raise(chat, 4, 3);
        var asked = await chat.SayAsync("risk accept " + risk.Id, RiskChat.Owner);

        // Act: the edit form walked through without a change, then the committee decides
        var card = Assert.Single(await chat.SayAsync("risk edit " + risk.Id, RiskChat.Owner));
        for (var step = 0; step < 3; step++)
        {
            card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", []), RiskChat.Owner));
        }

        var unchanged = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-new/next" }, RiskChat.Owner));
        var decided = await Decide(chat, asked, TranscriptHarness.CommitteeMember, "Approved");

        // Assert: nothing was withdrawn and the committee's decision holds
        Assert.Equal("Nothing changed in R-0001.", unchanged.Text);
        Assert.Contains(decided, r => r.Text?.StartsWith("The committee accepted R-0001", StringComparison.Ordinal) == true);
        Assert.Equal(RiskStatus.Accepted, chat.Get<IRiskStore>().Get(risk.Id)!.Status);
    }

    private static Task<IReadOnlyList<Reply>> Decide(TranscriptHarness chat, IReadOnlyList<Reply> asked, UserRef member, string decision, string note = "")
    {
        var approval = asked.First(r => r.RecipientUserKey == member.Key && r.Card?.TemplateId == "approval-request");
        return chat.SubmitAsync(approval, new Dictionary<string, string>
        {
            ["verb"] = "approval/decide",
            ["requestId"] = approval.Card!.Data["requestId"]!.GetValue<string>(),
            ["decision"] = decision,
            ["note"] = note,
        }, member);
    }

    private static Dictionary<string, string> Values(Reply card, string verb, Dictionary<string, string> changes)
    {
        var values = card.Card!.Data["values"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "", StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        values["verb"] = verb;
        return values;
    }
}
