using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Dialogs.Risk;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Impact;

namespace AimsBot.Core.Dialogs.Impact;

/// <summary>
/// The committee's review of an impact assessment, as an approval subject: approved (with or without
/// conditions) completes it and clears the system's "re-assessment due" mark; rejected sends it back to
/// the owner with the reason.
/// </summary>
public sealed class ImpactReviewSubject(IImpactStore impacts, ImpactService service) : IApprovalSubject
{
    public const string KindName = "impact-assessment";

    public string Kind => KindName;

    public string Noun => "impact assessment";

    public JsonArray? Facts(ApprovalRequest request, DateTimeOffset now)
    {
        if (impacts.Get(request.SubjectId) is not { } a)
        {
            return null;
        }

        var facts = new JsonArray
        {
            ControlView.Fact("AI system", $"{a.SystemId} {Markdown.Escape(a.SystemName)}"),
            ControlView.Fact("Version", a.Version.ToString(CultureInfo.InvariantCulture) + (a.Supersedes.Length > 0 ? $" (supersedes {a.Supersedes})" : "")),
            ControlView.Fact("Affected", RiskView.Text(a.Affected)),
            ControlView.Fact("Vulnerable groups", RiskView.Text(a.VulnerableGroups)),
        };
        foreach (var harm in a.Applicable)
        {
            facts.Add(ControlView.Fact(ImpactDimensions.Label(harm.Dimension), $"{harm.Level}, {(harm.Reversibility is { } r ? ExportFormat.Label(r).ToLowerInvariant() : "")}: {Markdown.Escape(harm.Harm)}"));
        }

        facts.Add(ControlView.Fact("Mitigations", RiskView.Text(a.Mitigations)));
        facts.Add(ControlView.Fact("Human oversight", RiskView.Text(a.Oversight)));
        facts.Add(ControlView.Fact("Conclusion", ExportFormat.Label(a.Conclusion) + (a.Conditions.Length > 0 ? ": " + Markdown.Escape(a.Conditions) : "")));
        if (!a.IsCurrent)
        {
            facts.Add(ControlView.Fact("Note", $"Superseded by {a.SupersededBy}: deciding on it does not clear the system's re-assessment."));
        }

        return facts;
    }

    public IReadOnlyList<Reply> Decided(ApprovalRequest request, DialogContext context)
    {
        if (impacts.Get(request.SubjectId) is not { } assessment)
        {
            return [];
        }

        var (a, cleared) = service.Review(context.Actor, assessment, request);
        var text = a.IsApproved
            ? $"The committee approved {a.Id}, the impact assessment of {a.SystemId} {Markdown.Escape(a.SystemName)}{(request.Note.Length > 0 ? ", with conditions: " + Markdown.Escape(request.Note) : "")}."
              + (cleared is null ? "" : $" {a.SystemId} is no longer marked for re-assessment.")
            : $"The committee rejected {a.Id}, the impact assessment of {a.SystemId} {Markdown.Escape(a.SystemName)}: {Markdown.Escape(request.Note)}. Revise it with **impact {a.SystemId}**.";
        var owner = cleared?.BusinessOwnerKey ?? "";
        var recipients = new[] { a.AssessedByKey, owner }.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
        return [.. recipients.Select(k => Reply.Say(text) with { RecipientUserKey = k, IdempotencyKey = $"impact-review:{request.Id}:{k}" })];
    }
}
