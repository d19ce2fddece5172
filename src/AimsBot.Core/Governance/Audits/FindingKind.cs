using System.ComponentModel;

namespace AimsBot.Core.Governance.Audits;

/// <summary>What an audit found (clause 10).</summary>
public enum FindingKind
{
    [Description("Nonconformity")] Nonconformity = 1,
    [Description("Observation")] Observation = 2,
    [Description("Opportunity for improvement")] Opportunity = 3,
}
