using Humanizer;

namespace AimsBot.Core.Governance.Inventory;

/// <summary>
/// The shipped significant-change rules (DOMAIN.md): to production; personal data added; a new data
/// category or jurisdiction; autonomy raised; supplier or underlying model changed; purpose changed.
/// </summary>
public static class SignificantChanges
{
    public static IReadOnlyList<ISignificantChangeRule> Rules { get; } =
    [
        new SignificantChangeRule("to-production", (b, a) =>
            a.Stage == LifecycleStage.InProduction && b.Stage != LifecycleStage.InProduction ? "moved to production" : null),
        new SignificantChangeRule("personal-data-added", (b, a) =>
            (a.PersonalData && !b.PersonalData) || (a.SpecialCategoryData && !b.SpecialCategoryData) ? "personal data added" : null),
        new SignificantChangeRule("data-category", (b, a) =>
            a.PersonalData && b.PersonalData && !Same(b.DataCategories, a.DataCategories) ? "data categories changed" : null),
        new SignificantChangeRule("data-use", (b, a) =>
            a.DataUses.Except(b.DataUses).ToList() is { Count: > 0 } added ? "new data use: " + string.Join(", ", added.Select(d => d.Humanize())) : null),
        new SignificantChangeRule("jurisdiction", (b, a) =>
            a.Jurisdictions.Except(b.Jurisdictions, StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } added ? "new jurisdiction: " + string.Join(", ", added) : null),
        new SignificantChangeRule("autonomy-raised", (b, a) =>
            Level(a.Autonomy) > Level(b.Autonomy) ? $"autonomy raised to {a.Autonomy.Humanize().ToLowerInvariant()}" : null),
        new SignificantChangeRule("supplier", (b, a) =>
            !Same(b.Supplier, a.Supplier) ? "supplier changed" : null),
        new SignificantChangeRule("model", (b, a) =>
            Replaced(b.Model, a.Model) || Replaced(b.ModelVersion, a.ModelVersion) || Replaced(b.ModelProvider, a.ModelProvider) ? "underlying model changed" : null),
        new SignificantChangeRule("purpose", (b, a) =>
            !Same(b.Purpose, a.Purpose) ? "purpose changed" : null),
    ];

    /// <summary>The reasons an edit from <paramref name="before"/> to <paramref name="after"/> is significant.</summary>
    public static IReadOnlyList<string> Detect(AiSystem before, AiSystem after) =>
        [.. Rules.Select(r => r.Evaluate(before, after)).OfType<string>()];

    /// <summary>
    /// Marks a system for re-assessment for these reasons (an edit's detected changes, or a change an owner
    /// declared in an attestation); returns whether anything was marked.
    /// </summary>
    public static bool Mark(AiSystem system, IReadOnlyCollection<string> reasons, DateTime at)
    {
        if (reasons.Count == 0)
        {
            return false;
        }

        system.ReassessmentDue = true;
        system.ReassessmentReasons = [.. system.ReassessmentReasons.Union(reasons, StringComparer.Ordinal)];
        system.ReassessmentMarkedAt = at;
        return true;
    }

    // Human in the loop (a person decides) < on the loop (a person watches) < fully automated.
    private static int Level(Autonomy autonomy) => autonomy switch
    {
        Autonomy.HumanInTheLoop => 1,
        Autonomy.HumanOnTheLoop => 2,
        _ => 3,
    };

    // The model is not asked at registration: recording it for the first time (completing the record) is
    // not a change of model; replacing or removing a recorded one is.
    private static bool Replaced(string before, string after) => before.Trim().Length > 0 && !Same(before, after);

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
