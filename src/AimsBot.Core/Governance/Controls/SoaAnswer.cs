namespace AimsBot.Core.Governance.Controls;

/// <summary>A control owner's answer to the control questions, already read from the card.</summary>
/// <param name="KeepEvidence">Ids of evidence items this control keeps (shared items can be picked too).</param>
/// <param name="NewEvidence">A new item to store once and link, or null.</param>
public sealed record SoaAnswer(
    Applicability Applicability,
    IReadOnlyList<InclusionReason> InclusionReasons,
    string Justification,
    string Implementation,
    ImplementationStatus Status,
    DateOnly? TargetDate,
    DateOnly? NextReview,
    IReadOnlyList<long> KeepEvidence,
    EvidenceDraft? NewEvidence);
