using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>The draft of the <c>risk new</c> form, kept in the dialog state between its cards.</summary>
public sealed class RiskFormDraft
{
    /// <summary>The risk being edited (<c>risk edit R-0001</c>); empty when a new risk is raised.</summary>
    public string RiskId { get; set; } = "";

    public string SystemId { get; set; } = "";

    public string ImpactAssessmentId { get; set; } = "";

    public string ImpactHarm { get; set; } = "";

    public string Title { get; set; } = "";

    public RiskSource? Source { get; set; }

    public string Scenario { get; set; } = "";

    public string ConsequenceOrganisation { get; set; } = "";

    public string ConsequenceIndividuals { get; set; } = "";

    public string ConsequenceSociety { get; set; } = "";

    public int Likelihood { get; set; }

    public int Impact { get; set; }

    public string ExistingControls { get; set; } = "";

    /// <summary>The owner as typed or picked; empty means the person raising it.</summary>
    public string Owner { get; set; } = "";

    public string OwnerKey { get; set; } = "";

    public string OwnerName { get; set; } = "";

    /// <summary>The people picker's id for the owner, when it came from a picker.</summary>
    public string OwnerPick { get; set; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public Registration.PersonValue Person
    {
        get => new(Owner, OwnerKey, OwnerName, OwnerPick);
        set => (Owner, OwnerKey, OwnerName, OwnerPick) = (value.Input, value.Key, value.Name, value.Pick);
    }
}
