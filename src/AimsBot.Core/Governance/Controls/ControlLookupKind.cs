namespace AimsBot.Core.Governance.Controls;

public enum ControlLookupKind
{
    Empty = 0,
    Iso42001 = 1,
    Iso27001 = 2,
    Ambiguous = 3,
    Unknown = 4,
}
