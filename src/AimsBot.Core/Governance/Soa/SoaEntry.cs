using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Governance.Soa;

/// <summary>One control's line of the Statement of Applicability as it stood (titles included, so a version never moves).</summary>
public sealed class SoaEntry
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Objective { get; set; } = "";

    /// <summary>"A.6.2 AI system life cycle" for A.6 controls, else empty.</summary>
    public string SubObjective { get; set; } = "";

    public ReuseKind Reuse { get; set; }

    public Applicability Applicability { get; set; }

    public List<InclusionReason> InclusionReasons { get; set; } = [];

    public string Justification { get; set; } = "";

    public string Implementation { get; set; } = "";

    public ImplementationStatus Status { get; set; }

    public DateTime? TargetDate { get; set; }

    public string OwnerName { get; set; } = "";

    public List<string> Links { get; set; } = [];

    /// <summary>The links were edited by the organisation (not the shipped mapping).</summary>
    public bool LinksEdited { get; set; }

    public DateTime? NextReview { get; set; }

    public string LastChange { get; set; } = "";

    public DateTime? UpdatedAt { get; set; }

    public string UpdatedByName { get; set; } = "";

    /// <summary>The active risks whose treatment chose this control when the SoA was captured (6.1.3), in id order.</summary>
    public List<string> RisksTreated { get; set; } = [];
}
