using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>The draft of the <c>risk treat R-0001</c> form.</summary>
public sealed class TreatmentFormDraft
{
    public string RiskId { get; set; } = "";

    public TreatmentOption? Option { get; set; }

    public string Controls { get; set; } = "";

    public string Plan { get; set; } = "";

    public string Owner { get; set; } = "";

    public string OwnerKey { get; set; } = "";

    public string OwnerName { get; set; } = "";

    /// <summary>The people picker's id for the owner, when it came from a picker.</summary>
    public string OwnerPick { get; set; } = "";

    /// <summary>Whether the form started from a treatment already planned (its owner is kept unless changed).</summary>
    public bool Replanning { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Registration.PersonValue Person
    {
        get => new(Owner, OwnerKey, OwnerName, OwnerPick);
        set => (Owner, OwnerKey, OwnerName, OwnerPick) = (value.Input, value.Key, value.Name, value.Pick);
    }

    public DateOnly? DueDate { get; set; }

    public int ResidualLikelihood { get; set; }

    public int ResidualImpact { get; set; }
}
