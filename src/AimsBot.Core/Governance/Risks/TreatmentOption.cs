using System.ComponentModel;

namespace AimsBot.Core.Governance.Risks;

/// <summary>The risk treatment options, in ISO 31000's words.</summary>
public enum TreatmentOption
{
    [Description("Modify (apply controls)")] Modify = 1,
    [Description("Avoid (stop the activity)")] Avoid = 2,
    [Description("Share (insure, contract out)")] Share = 3,
    [Description("Retain (accept as it is)")] Retain = 4,
}
