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

    public DateOnly? DueDate { get; set; }

    public int ResidualLikelihood { get; set; }

    public int ResidualImpact { get; set; }
}
