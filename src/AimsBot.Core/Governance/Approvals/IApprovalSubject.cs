using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Governance.Approvals;

/// <summary>
/// One kind of thing the committee decides on. The approval flow owns requests, cards, votes, quorum and
/// refusals; a subject says what the card shows and what a decision does to the record.
/// </summary>
public interface IApprovalSubject
{
    /// <summary>Stable kind, stored with each request (for example <c>aisystem</c>, <c>risk-acceptance</c>).</summary>
    string Kind { get; }

    /// <summary>The request in words, for lists and messages ("registration", "risk acceptance").</summary>
    string Noun { get; }

    /// <summary>The facts the approval card shows about the subject now, or null when it no longer exists.</summary>
    JsonArray? Facts(ApprovalRequest request, DateTimeOffset now);

    /// <summary>The request reached its outcome: apply it to the record (audit-logged) and return any notices.</summary>
    IReadOnlyList<Reply> Decided(ApprovalRequest request, DialogContext context);
}
