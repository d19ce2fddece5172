namespace AimsBot.Core.Governance.Inventory;

/// <summary>
/// Whether an AI system impact assessment (ISO/IEC 42001 6.1.4) is required, and why (DOMAIN.md):
/// personal or special-category data, vulnerable groups, legal or similarly significant effects, fully
/// automated decisions, or an EU AI Act high-risk use.
/// </summary>
public static class ImpactAssessmentRequirement
{
    public static IReadOnlyList<string> Reasons(AiSystem system)
    {
        var reasons = new List<string>();
        if (system.SpecialCategoryData)
        {
            reasons.Add("special-category personal data");
        }
        else if (system.PersonalData)
        {
            reasons.Add("personal data");
        }

        if (system.VulnerableGroups)
        {
            reasons.Add("vulnerable groups affected");
        }

        if (system.SignificantEffects)
        {
            reasons.Add("decisions with legal or similarly significant effects");
        }

        if (system.Autonomy == Autonomy.FullyAutomated)
        {
            reasons.Add("fully automated decisions");
        }

        if (EuAiActCategories.IsHighRisk(system.EuAiActCategory))
        {
            reasons.Add("EU AI Act high-risk use");
        }

        return reasons;
    }

    public static bool IsRequired(AiSystem system) => Reasons(system).Count > 0;

    /// <summary>Human oversight must be described exactly when decisions are fully automated or affect people's rights.</summary>
    public static bool OversightRequired(Autonomy? autonomy, bool significantEffects) =>
        autonomy == Autonomy.FullyAutomated || significantEffects;
}
