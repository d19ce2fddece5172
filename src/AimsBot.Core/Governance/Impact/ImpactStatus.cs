using System.ComponentModel;

namespace AimsBot.Core.Governance.Impact;

/// <summary>Where an assessment is in the committee's review.</summary>
public enum ImpactStatus
{
    [Description("In committee review")] InReview = 1,
    [Description("Approved")] Approved = 2,
    [Description("Approved with conditions")] ApprovedWithConditions = 3,
    [Description("Rejected")] Rejected = 4,
}
