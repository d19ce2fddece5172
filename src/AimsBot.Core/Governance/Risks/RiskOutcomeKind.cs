namespace AimsBot.Core.Governance.Risks;

public enum RiskOutcomeKind
{
    Done = 1,
    Refused = 2,
    Invalid = 3,
    NeedsCommittee = 4,
}
