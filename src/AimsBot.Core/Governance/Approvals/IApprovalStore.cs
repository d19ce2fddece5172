namespace AimsBot.Core.Governance.Approvals;

/// <summary>Approval requests of every kind.</summary>
public interface IApprovalStore
{
    void Add(ApprovalRequest request);

    ApprovalRequest? Get(string id);

    /// <summary>The pending request for a subject, if there is one.</summary>
    ApprovalRequest? FindPending(string subjectKind, string subjectId);

    /// <summary>Every pending request, oldest first.</summary>
    IReadOnlyList<ApprovalRequest> Pending();

    /// <summary>Every request about a subject, oldest first.</summary>
    IReadOnlyList<ApprovalRequest> ForSubject(string subjectKind, string subjectId);

    void Update(ApprovalRequest request);
}
