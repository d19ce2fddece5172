namespace AimsBot.Core.Governance.Attestations;

public enum YesNo
{
    Yes = 1,
    No = 2,
}
