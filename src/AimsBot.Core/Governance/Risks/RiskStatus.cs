using System.ComponentModel;

namespace AimsBot.Core.Governance.Risks;

/// <summary>Where a risk is in its life.</summary>
public enum RiskStatus
{
    [Description("Open")] Open = 1,
    [Description("Treatment planned")] TreatmentPlanned = 2,
    [Description("Treated")] Treated = 3,
    [Description("Accepted")] Accepted = 4,
    [Description("Closed")] Closed = 5,
}
