namespace AimsBot.Core.Governance.Approvals;

/// <summary>
/// A request for a committee decision on one subject (an AI system's registration, a risk acceptance,
/// an impact assessment, a SoA version): who asked, who voted, and the outcome once the quorum is met.
/// </summary>
public sealed class ApprovalRequest
{
    /// <summary>Unguessable id; the approval cards carry it.</summary>
    public string Id { get; set; } = "";

    /// <summary>The subject's kind (<see cref="IApprovalSubject.Kind"/>), for example <c>aisystem</c>.</summary>
    public string SubjectKind { get; set; } = "";

    /// <summary>The subject's id, for example <c>AI-0001</c>.</summary>
    public string SubjectId { get; set; } = "";

    /// <summary>One line naming the subject ("AI-0001 Contract review assistant").</summary>
    public string Title { get; set; } = "";

    public string RequesterKey { get; set; } = "";

    public string RequesterName { get; set; } = "";

    public DateTime RequestedAt { get; set; }

    /// <summary>Approvals needed (from <c>Approval:Quorum</c> when the request was made).</summary>
    public int Quorum { get; set; } = 1;

    public List<ApprovalVote> Votes { get; set; } = [];

    public ApprovalStatus Status { get; set; } = ApprovalStatus.Pending;

    public DateTime? DecidedAt { get; set; }

    /// <summary>The conditions (approved with conditions) or the reason (rejected), joined from the votes.</summary>
    public string Note { get; set; } = "";
}
