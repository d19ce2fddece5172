using System.ComponentModel;

namespace AimsBot.Core.Governance.Controls;

/// <summary>How much of the ISMS carries over: as is, extended, or genuinely new work.</summary>
public enum ReuseKind
{
    [Description("Transfers from the ISMS")] Transfer = 1,
    [Description("Extends the ISMS")] Extend = 2,
    [Description("New work")] New = 3,
}
