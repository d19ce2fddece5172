using System.ComponentModel.DataAnnotations;

namespace AimsBot.Core.Governance.Approvals;

/// <summary>How committee approvals work (section <c>Approval</c>).</summary>
public sealed class ApprovalOptions
{
    public const string SectionName = "Approval";

    /// <summary>How many committee members must approve (one rejection rejects).</summary>
    [Range(1, 10)]
    public int Quorum { get; set; } = 1;

    /// <summary>
    /// Lets a person decide on their own request. Off in production; on in the development settings so
    /// one person can try the whole flow in the Agents Playground (a warning is logged at start).
    /// </summary>
    public bool AllowSelfApproval { get; set; }
}
