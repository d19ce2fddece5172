namespace AimsBot.Core.Governance.Soa;

/// <summary>
/// The draft as it stood when an admin sent it for approval: what the committee decides on, so answers
/// changed while the request waits do not slip into the approved version.
/// </summary>
public sealed class SoaSubmission
{
    /// <summary>Unguessable id; the approval request's subject id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The version it becomes when approved (the next number when it was sent).</summary>
    public int ProposedVersion { get; set; }

    public DateTime SubmittedAt { get; set; }

    public string SubmittedByName { get; set; } = "";

    /// <summary>What changed since the last approved version, one line per control.</summary>
    public List<string> Changes { get; set; } = [];

    public SoaDocument Document { get; set; } = new();

    /// <summary>The version it became, once approved.</summary>
    public int? ApprovedVersion { get; set; }
}
