using System.ComponentModel;

namespace AimsBot.Core.Governance.Controls;

/// <summary>The Statement of Applicability answer for one control.</summary>
public enum Applicability
{
    [Description("Unanswered")] Unanswered = 0,
    [Description("Applicable")] Applicable = 1,
    [Description("Excluded")] Excluded = 2,
}
