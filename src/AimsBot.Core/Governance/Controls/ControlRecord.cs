namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// The organisation's state of one ISO/IEC 42001 control: its owner (assignment), its Statement of
/// Applicability answer, and its ISO 27001 links when edited. One document per control id.
/// </summary>
public sealed class ControlRecord
{
    /// <summary>The control id, for example <c>A.6.2.8</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The owner's user key (<c>teams:tenant:user</c>), empty when unassigned.</summary>
    public string OwnerKey { get; set; } = "";

    public string OwnerName { get; set; } = "";

    public DateTime? AssignedAt { get; set; }

    public Applicability Applicability { get; set; }

    public List<InclusionReason> InclusionReasons { get; set; } = [];

    /// <summary>Why it is included (while applicable) or why it is excluded: the SoA's justification (6.1.3 d).</summary>
    public string Justification { get; set; } = "";

    /// <summary>How an applicable control is implemented (required once partly or fully implemented).</summary>
    public string Implementation { get; set; } = "";

    public ImplementationStatus Status { get; set; }

    /// <summary>When it should be implemented (required while applicable and not implemented).</summary>
    public DateTime? TargetDate { get; set; }

    public DateTime? NextReview { get; set; }

    /// <summary>The edited ISO 27001 links; null means the catalogue's shipped links apply.</summary>
    public List<string>? Iso27001Links { get; set; }

    public DateTime? AnsweredAt { get; set; }

    /// <summary>The last change of any kind (assignment, answer, links).</summary>
    public DateTime? UpdatedAt { get; set; }

    public string UpdatedByName { get; set; } = "";

    public string LastChange { get; set; } = "";

    public ControlRecord Copy() => new()
    {
        Id = Id,
        OwnerKey = OwnerKey,
        OwnerName = OwnerName,
        AssignedAt = AssignedAt,
        Applicability = Applicability,
        InclusionReasons = [.. InclusionReasons],
        Justification = Justification,
        Implementation = Implementation,
        Status = Status,
        TargetDate = TargetDate,
        NextReview = NextReview,
        Iso27001Links = Iso27001Links is null ? null : [.. Iso27001Links],
        AnsweredAt = AnsweredAt,
        UpdatedAt = UpdatedAt,
        UpdatedByName = UpdatedByName,
        LastChange = LastChange,
    };
}
