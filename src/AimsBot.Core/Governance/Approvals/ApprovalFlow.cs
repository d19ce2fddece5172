using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs;
using AimsBot.Core.Storage;
using Humanizer;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Approvals;

/// <summary>
/// One approval flow over any subject (ISO/IEC 42001 6.1.3: approval of treatment and residual risk;
/// registrations; impact assessments): a request names its subject and requester; committee members
/// decide by card (approve, approve with conditions, reject with a reason); nobody decides their own
/// request; the quorum of approvals decides, one rejection rejects; every step is audit-logged.
/// </summary>
public sealed class ApprovalFlow(
    IApprovalStore store,
    IEnumerable<IApprovalSubject> subjects,
    IConversationStore conversations,
    RoleResolver roles,
    IAuditLog audit,
    IOptionsMonitor<ApprovalOptions> options)
{
    public const int NoteMax = 1000;

    public IApprovalSubject? Subject(string kind) => subjects.FirstOrDefault(s => s.Kind == kind);

    /// <summary>
    /// Asks the committee to decide on a subject: one card per reachable committee member (the requester
    /// left out unless self-approval is allowed). A subject already waiting keeps its request.
    /// </summary>
    public (ApprovalRequest Request, IReadOnlyList<Reply> Cards) Request(DialogContext context, string kind, string subjectId, string title)
    {
        var subject = Subject(kind) ?? throw new ArgumentException($"No approval subject of kind {kind} is registered.", nameof(kind));
        var request = store.FindPending(kind, subjectId);
        if (request is null)
        {
            request = new ApprovalRequest
            {
                Id = Guid.NewGuid().ToString("N"),
                SubjectKind = kind,
                SubjectId = subjectId,
                Title = title,
                RequesterKey = context.Actor.Key,
                RequesterName = context.Actor.User.DisplayName,
                RequestedAt = context.Now.UtcDateTime,
                Quorum = options.CurrentValue.Quorum,
            };
            store.Add(request);
            audit.Record(context.Actor, "approval.requested", Entity(request), null, request);
        }

        var cards = Deciders(request)
            .Select(member => Card(request, subject, context.Now, CardIds.New()) with
            {
                RecipientUserKey = member.Id,
                IdempotencyKey = $"approval:{request.Id}:{member.Id}",
            })
            .ToList();
        return (request, cards);
    }

    /// <summary>Every pending request of every kind, oldest first.</summary>
    public IReadOnlyList<ApprovalRequest> Pending() => store.Pending();

    /// <summary>The approval card for one committee member.</summary>
    public Reply Card(ApprovalRequest request, IApprovalSubject subject, DateTimeOffset now, string cardId, IReadOnlyDictionary<string, string>? values = null, IReadOnlyDictionary<string, string>? errors = null)
    {
        var approvals = request.Votes.Where(v => v.Decision != ApprovalStatus.Rejected).ToList();
        var data = new JsonObject
        {
            ["cardId"] = cardId,
            ["requestId"] = request.Id,
            ["noun"] = subject.Noun,
            ["title"] = Markdown.Escape(request.Title),
            ["requester"] = Markdown.Escape(request.RequesterName),
            ["age"] = SystemView.Ago(request.RequestedAt, now),
            ["votes"] = request.Quorum > 1
                ? string.Create(CultureInfo.InvariantCulture, $"{approvals.Count} of {request.Quorum} approvals so far") + (approvals.Count > 0 ? $" ({Markdown.Escape(string.Join(", ", approvals.Select(v => v.DeciderName)))})." : ".")
                : "",
            ["facts"] = subject.Facts(request, now) ?? [],
            ["values"] = new JsonObject { ["decision"] = values?.GetValueOrDefault("decision") ?? "", ["note"] = values?.GetValueOrDefault("note") ?? "" },
            ["errors"] = new JsonObject([.. (errors ?? new Dictionary<string, string>()).Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))]),
        };
        return Reply.ShowCard("approval-request", data, $"Approval needed ({subject.Noun}): {request.Title}");
    }

    /// <summary>Why <paramref name="actor"/> may not decide on <paramref name="request"/>, or null.</summary>
    public string? Refusal(ApprovalRequest request, Actor actor, IApprovalSubject subject)
    {
        if (!actor.IsCommittee)
        {
            return $"Only governance committee members decide on a {subject.Noun}; nothing was changed.";
        }

        if (!options.CurrentValue.AllowSelfApproval && string.Equals(request.RequesterKey, actor.Key, StringComparison.Ordinal))
        {
            return $"You asked for this {subject.Noun} yourself, and nobody decides on their own request: another committee member must decide. Nothing was changed.";
        }

        return request.Votes.Any(v => v.DeciderKey == actor.Key)
            ? "You have already given your decision on this request; it is waiting for the other committee members."
            : null;
    }

    /// <summary>Records one member's vote; when it settles the request, applies the outcome through the subject.</summary>
    public IReadOnlyList<Reply> Vote(ApprovalRequest request, IApprovalSubject subject, DialogContext context, ApprovalStatus decision, string note)
    {
        request.Votes.Add(new ApprovalVote
        {
            DeciderKey = context.Actor.Key,
            DeciderName = context.Actor.User.DisplayName,
            Decision = decision,
            Note = note,
            At = context.Now.UtcDateTime,
        });
        var approvals = request.Votes.Where(v => v.Decision != ApprovalStatus.Rejected).ToList();
        if (decision == ApprovalStatus.Rejected)
        {
            request.Status = ApprovalStatus.Rejected;
            request.Note = note;
        }
        else if (approvals.Count >= request.Quorum)
        {
            var conditions = approvals.Where(v => v.Note.Length > 0).Select(v => v.Note).ToList();
            request.Status = approvals.Any(v => v.Decision == ApprovalStatus.ApprovedWithConditions) ? ApprovalStatus.ApprovedWithConditions : ApprovalStatus.Approved;
            request.Note = string.Join(" ", conditions);
        }

        var settled = request.Status != ApprovalStatus.Pending;
        if (settled)
        {
            request.DecidedAt = context.Now.UtcDateTime;
        }

        store.Update(request);
        audit.Record(context.Actor, settled ? "approval." + request.Status.ToString().Kebaberize() : "approval.vote", Entity(request), null, request);
        return settled ? subject.Decided(request, context) : [];
    }

    private IEnumerable<Storage.UserRecord> Deciders(ApprovalRequest request) =>
        conversations.Users().Where(u => u.PersonalConversationKey is not null
            && roles.IsCommitteeMember(u.ToRef())
            && (options.CurrentValue.AllowSelfApproval || u.Id != request.RequesterKey));

    private static string Entity(ApprovalRequest request) => $"approval:{request.Id}";
}
