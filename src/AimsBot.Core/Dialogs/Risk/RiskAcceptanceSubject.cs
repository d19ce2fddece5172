using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>
/// The committee's acceptance of a risk above the owner's authority, as an approval subject: approved
/// (with or without conditions) accepts the risk at its level in force; rejected leaves it as it was,
/// with the reason recorded, so it is treated further.
/// </summary>
public sealed class RiskAcceptanceSubject(IRiskStore risks, RiskService service, IAuditLog audit) : IApprovalSubject
{
    public const string KindName = "risk-acceptance";

    public string Kind => KindName;

    public string Noun => "risk acceptance";

    public JsonArray? Facts(ApprovalRequest request, DateTimeOffset now)
    {
        if (risks.Get(request.SubjectId) is not { } risk)
        {
            return null;
        }

        var method = service.Method;
        var facts = new JsonArray
        {
            ControlView.Fact("Risk", $"{risk.Id} {Markdown.Escape(risk.Title)}"),
            ControlView.Fact("Level to accept", risk.CurrentLevel()),
            ControlView.Fact("Rating", risk.HasResidual()
                ? RiskView.Rating(method, risk.Treatment!.ResidualLikelihood, risk.Treatment.ResidualImpact, risk.Treatment.ResidualLevel) + $" (residual; inherent {risk.Level})"
                : RiskView.Rating(method, risk.Likelihood, risk.Impact, risk.Level)),
            ControlView.Fact("Scenario", Markdown.Escape(risk.Scenario)),
            ControlView.Fact("Owner", Markdown.Escape(risk.OwnerName)),
        };
        if (risk.Treatment is { } t)
        {
            facts.Add(ControlView.Fact("Treatment", $"{RiskView.Controls(t.Controls)} · {Markdown.Escape(t.Progress.Length > 0 ? t.Progress : t.Plan)}"));
        }

        return facts;
    }

    /// <summary>
    /// Takes the committee's pending acceptance of a risk out of its queue once the risk has changed (edited,
    /// treatment planned or done, closed): approving it would accept something the committee never saw. Its
    /// cards then say so and decide nothing. The sentence to add to the reply, or empty when none was pending.
    /// </summary>
    public static string WithdrawPending(ApprovalFlow approvals, DialogContext context, string riskId, string change) =>
        approvals.Withdraw(context, KindName, riskId, $"{riskId} {change} after acceptance was asked for")
            ? $" The committee's pending acceptance of {riskId} was withdrawn: it was asked for before this change. Type **risk accept {riskId}** to ask again if it still needs accepting."
            : "";

    public IReadOnlyList<Reply> Decided(ApprovalRequest request, DialogContext context)
    {
        if (risks.Get(request.SubjectId) is not { } risk)
        {
            return [];
        }

        string text;
        if (request.Status == ApprovalStatus.Rejected)
        {
            audit.Record(context.Actor, "risk.acceptance-rejected", RiskIds.Entity(risk.Id), null, new { request.Id, request.Note });
            text = $"The committee did not accept {risk.Id} {Markdown.Escape(risk.Title)} at level {risk.CurrentLevel()}: {Markdown.Escape(request.Note)}. Plan a further treatment with **risk treat {risk.Id}**.";
        }
        else
        {
            var outcome = service.AcceptByCommittee(context.Actor, risk.Id, request.Note);
            text = outcome.Succeeded
                ? $"The committee accepted {risk.Id} {Markdown.Escape(risk.Title)} at level {risk.CurrentLevel()}{(request.Note.Length > 0 ? ", with conditions: " + Markdown.Escape(request.Note) : "")}."
                : outcome.Message;
        }

        var recipients = new[] { request.RequesterKey, risk.OwnerKey }.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
        return [.. recipients.Select(k => Reply.Say(text) with { RecipientUserKey = k, IdempotencyKey = $"risk-acceptance:{request.Id}:{k}" })];
    }
}
