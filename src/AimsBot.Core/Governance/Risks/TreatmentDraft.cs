using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Core.Governance.Risks;

/// <summary>A treatment plan as read from a form.</summary>
/// <param name="Controls">Annex A control ids as typed (<c>A.6.2.8</c>).</param>
public sealed record TreatmentDraft(
    TreatmentOption? Option,
    IReadOnlyList<string> Controls,
    string Plan,
    PersonChoice? Owner,
    DateOnly? DueDate,
    int ResidualLikelihood,
    int ResidualImpact);
