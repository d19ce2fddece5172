using System.ComponentModel;

namespace AimsBot.Core.Governance.Impact;

/// <summary>What the assessment concludes about deploying the AI system.</summary>
public enum ImpactConclusion
{
    [Description("Proceed")] Proceed = 1,
    [Description("Proceed with conditions")] ProceedWithConditions = 2,
    [Description("Do not proceed")] DoNotProceed = 3,
}
