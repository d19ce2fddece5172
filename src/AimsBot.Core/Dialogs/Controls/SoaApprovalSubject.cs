using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Soa;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>
/// The Statement of Applicability as a subject of the approval flow: the card shows the version it
/// becomes and what changed since the last approved one; once the quorum approves, the draft captured
/// when approval was asked for is frozen as that version (approvers and date), and the requester is told.
/// </summary>
public sealed class SoaApprovalSubject(ISoaSubmissionStore submissions, SoaVersions versions) : IApprovalSubject
{
    public const string SubjectKind = "soa";

    public string Kind => SubjectKind;

    public string Noun => "Statement of Applicability";

    public JsonArray? Facts(ApprovalRequest request, DateTimeOffset now)
    {
        if (submissions.Get(request.SubjectId) is not { } submission)
        {
            return null;
        }

        var controls = submission.Document.Controls;
        return
        [
            ControlView.Fact("Becomes", "Version " + submission.ProposedVersion.ToString(CultureInfo.InvariantCulture)),
            ControlView.Fact("Answers", string.Create(CultureInfo.InvariantCulture, $"{controls.Count(e => e.Applicability == Governance.Controls.Applicability.Applicable)} applicable, {controls.Count(e => e.Applicability == Governance.Controls.Applicability.Excluded)} excluded, {controls.Count(e => e.Applicability == Governance.Controls.Applicability.Unanswered)} unanswered")),
            ControlView.Fact("What changed", Markdown.Escape(SoaChanges.Summary(submission.Changes))),
            ControlView.Fact("Captured", $"{SystemView.Ago(submission.SubmittedAt, now)} by {Markdown.Escape(submission.SubmittedByName)}; later answers go into the next version"),
        ];
    }

    public IReadOnlyList<Reply> Decided(ApprovalRequest request, DialogContext context)
    {
        if (submissions.Get(request.SubjectId) is not { } submission)
        {
            return [];
        }

        if (request.Status == ApprovalStatus.Rejected)
        {
            return [Notice(request, $"The committee rejected the Statement of Applicability you sent for approval (it would have been version {submission.ProposedVersion.ToString(CultureInfo.InvariantCulture)}). Reason: {Markdown.Escape(request.Note)}")];
        }

        var approvers = request.Votes.Where(v => v.Decision != ApprovalStatus.Rejected).Select(v => v.DeciderName).ToList();
        var version = versions.Freeze(submission.Document, approvers, context.Now, submission.SubmittedByName, context.Actor);
        submission.ApprovedVersion = version.Id;
        submissions.Save(submission);
        var number = version.Id.ToString(CultureInfo.InvariantCulture);
        var conditions = request.Status == ApprovalStatus.ApprovedWithConditions ? $" with conditions: {Markdown.Escape(request.Note)}" : "";
        return [Notice(request, $"The committee approved the Statement of Applicability{conditions}. It is now version {number}, approved by {Markdown.Escape(string.Join(", ", approvers))}. Type **soa export {number}** for its files.")];
    }

    private static Reply Notice(ApprovalRequest request, string text) => Reply.Say(text) with
    {
        RecipientUserKey = request.RequesterKey,
        IdempotencyKey = "soa-decision:" + request.Id,
    };
}
