namespace AimsBot.Core.Governance.Approvals;

/// <summary>One committee member's decision on a request.</summary>
public sealed class ApprovalVote
{
    public string DeciderKey { get; set; } = "";

    public string DeciderName { get; set; } = "";

    public ApprovalStatus Decision { get; set; }

    public string Note { get; set; } = "";

    public DateTime At { get; set; }
}
