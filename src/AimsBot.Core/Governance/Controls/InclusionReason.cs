using System.ComponentModel;

namespace AimsBot.Core.Governance.Controls;

/// <summary>Why an applicable control is included in the Statement of Applicability.</summary>
public enum InclusionReason
{
    [Description("Legal requirement")] LegalRequirement = 1,
    [Description("Contractual requirement")] ContractualRequirement = 2,
    [Description("Risk treatment")] RiskTreatment = 3,
    [Description("Good practice")] GoodPractice = 4,
}
