using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Core.Governance.Risks;

/// <summary>A risk assessment as read from a form, before it is checked and numbered.</summary>
/// <param name="SystemId">The AI system (<c>AI-0001</c>) or empty for the organisation as a whole.</param>
/// <param name="ExistingControls">Control ids as typed: <c>A.6.2.8</c>, <c>27001:A.8.15</c>.</param>
/// <param name="Owner">The risk owner; null makes the person raising it the owner.</param>
public sealed record RiskDraft(
    string Title,
    string SystemId,
    RiskSource? Source,
    string Scenario,
    string ConsequenceOrganisation,
    string ConsequenceIndividuals,
    string ConsequenceSociety,
    int Likelihood,
    int Impact,
    IReadOnlyList<string> ExistingControls,
    PersonChoice? Owner)
{
    public string ImpactAssessmentId { get; init; } = "";

    /// <summary>The harm (impact dimension) of the assessment it comes from.</summary>
    public string ImpactHarm { get; init; } = "";
}
