using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Soa;
using Humanizer;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>
/// The SoA as a controlled document: <c>soa approve</c> (through the approval flow), <c>soa versions</c> and
/// <c>soa export [N]</c> (the draft or approved version N).
/// </summary>
public sealed class SoaDocumentFlow(
    SoaVersions versions,
    ISoaSubmissionStore submissions,
    ApprovalFlow approvals,
    ControlCatalogue catalogue,
    ExportPublisher publisher,
    IOptions<AimsOptions> aims)
{
    public const string FileStem = "statement-of-applicability";

    /// <summary>
    /// <c>soa approve</c>: captures the draft and sends it to the committee through the approval flow, with
    /// what changed since the last approved version. The captured draft is what becomes the version.
    /// </summary>
    public void Approve(DialogContext context)
    {
        if (!context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can send the Statement of Applicability for approval.");
            return;
        }

        if (approvals.Pending().FirstOrDefault(r => r.SubjectKind == SoaApprovalSubject.SubjectKind) is { } waiting)
        {
            context.Say($"The Statement of Applicability is already waiting for the committee ({Markdown.Escape(waiting.Title)}, sent by {Markdown.Escape(waiting.RequesterName)} {SystemView.Ago(waiting.RequestedAt, context.Now)}). Type **approvals** to see it.");
            return;
        }

        var draft = versions.Draft();
        var latest = versions.Latest();
        var changes = versions.ChangesSinceApproved(draft);
        if (latest is not null && changes.Count == 0)
        {
            context.Say($"Nothing changed since version {SoaExportBuilder.VersionLabel(latest)}: no control's applicability, justification or status moved, so there is nothing new to approve.");
            return;
        }

        var number = (latest?.Id ?? 0) + 1;
        var submission = new SoaSubmission
        {
            Id = Guid.NewGuid().ToString("N"),
            ProposedVersion = number,
            SubmittedAt = context.Now.UtcDateTime,
            SubmittedByName = context.Actor.User.DisplayName,
            Changes = [.. changes],
            Document = draft,
        };
        submissions.Save(submission);
        var label = number.ToString(CultureInfo.InvariantCulture);
        var (_, cards) = approvals.Request(context, SoaApprovalSubject.SubjectKind, submission.Id, $"Statement of Applicability, version {label}");
        foreach (var card in cards)
        {
            context.Add(card);
        }

        context.Say(cards.Count == 0
            ? $"I saved the request for version {label}, but no committee member can be reached in a private chat yet: they see it with **approvals** once they open a chat with me."
            : $"Sent the Statement of Applicability to {"committee member".ToQuantity(cards.Count)} for approval as version {label}. {Markdown.Escape(SoaChanges.Summary(changes, shown: 5))}");
    }

    /// <summary>"approved version 2 on 2026-11-02, 3 changes in the draft since", or "no approved version yet".</summary>
    public string Status()
    {
        if (versions.Latest() is not { } latest)
        {
            return "no approved version yet";
        }

        var pending = versions.ChangesSinceApproved(versions.Draft()).Count;
        return $"approved version {SoaExportBuilder.VersionLabel(latest)} on {ExportFormat.Date(latest.ApprovedAt)}, {"change".ToQuantity(pending)} in the draft since";
    }

    public void Versions(DialogContext context)
    {
        var all = versions.All();
        if (all.Count == 0)
        {
            context.Say("No version of the Statement of Applicability has been approved yet; **soa export** gives the draft.");
            return;
        }

        var lines = all.AsEnumerable().Reverse().Select(v =>
            $"**Version {SoaExportBuilder.VersionLabel(v)}** · approved {ExportFormat.Date(v.ApprovedAt)} ({SystemView.Ago(v.ApprovedAt, context.Now)}) by {Markdown.Escape(string.Join(", ", v.ApprovedBy))}"
            + (v.RequestedByName.Length > 0 ? $" · requested by {Markdown.Escape(v.RequestedByName)}" : "")
            + $" · {Markdown.Escape(SoaChanges.Summary(v.Changes, shown: 3))}");
        var pending = versions.ChangesSinceApproved(versions.Draft());
        var draft = pending.Count == 0
            ? $"The draft is the same as version {all[^1].Id.ToString(CultureInfo.InvariantCulture)}."
            : $"The draft has {"change".ToQuantity(pending.Count)} since version {all[^1].Id.ToString(CultureInfo.InvariantCulture)}.";
        context.Say(string.Join("\n", lines) + $"\n{draft} Type **soa export {all[^1].Id.ToString(CultureInfo.InvariantCulture)}** for a version's files or **soa export** for the draft.");
    }

    public void Export(DialogContext context, string argument)
    {
        if (!ExportPublisher.MayExport(context.Actor))
        {
            context.Say("Only AIMS admins and committee members can export the Statement of Applicability.");
            return;
        }

        SoaVersion? version = null;
        if (argument.Length > 0)
        {
            var number = argument.TrimStart('v', 'V');
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || (version = versions.Get(n)) is null)
            {
                var latest = versions.Latest();
                var safe = Markdown.Escape(argument.Length > 20 ? argument[..20] + "…" : argument);
                context.Say(latest is null
                    ? $"There is no version “{safe}”: no version has been approved yet. Type **soa export** for the draft."
                    : $"There is no version “{safe}”. The approved versions are 1 to {latest.Id.ToString(CultureInfo.InvariantCulture)}: type **soa export {latest.Id.ToString(CultureInfo.InvariantCulture)}**, or **soa export** for the draft.");
                return;
            }
        }

        var document = version?.Document ?? versions.Draft();
        var control = new SoaDocumentControl(aims.Value.Organisation.Trim(), aims.Value.Scope.Trim(), version, context.Now, context.Actor.User.DisplayName, versions.All());
        var tables = SoaExportBuilder.Build(document, control, catalogue);
        var label = version is null ? "draft" : "v" + SoaExportBuilder.VersionLabel(version);
        var summary = new JsonArray
        {
            ControlView.Fact("Version", version is null ? "Draft (not approved)" : $"{SoaExportBuilder.VersionLabel(version)}, approved {ExportFormat.Date(version.ApprovedAt)} by {Markdown.Escape(string.Join(", ", version.ApprovedBy))}"),
        };
        foreach (var section in document.Controls.GroupBy(e => e.SubObjective.Length > 0 ? $"{e.Objective} › {e.SubObjective}" : e.Objective))
        {
            summary.Add(ControlView.Fact(section.Key, Counts([.. section])));
        }

        summary.Add(ControlView.Fact("Evidence items", document.Evidence.Count.ToString(CultureInfo.InvariantCulture)));
        var title = version is null ? "Statement of Applicability (draft)" : $"Statement of Applicability, version {SoaExportBuilder.VersionLabel(version)}";
        publisher.Publish(context, title, $"{FileStem}-{label}", tables, tables[1], summary);
    }

    private static string Counts(IReadOnlyCollection<SoaEntry> entries) => string.Create(
        CultureInfo.InvariantCulture,
        $"{entries.Count(e => e.Applicability == Applicability.Applicable)} applicable, {entries.Count(e => e.Applicability == Applicability.Excluded)} excluded, {entries.Count(e => e.Applicability == Applicability.Unanswered)} unanswered, {entries.Count(e => e.Applicability == Applicability.Applicable && e.Status == ImplementationStatus.Implemented)} implemented");
}
