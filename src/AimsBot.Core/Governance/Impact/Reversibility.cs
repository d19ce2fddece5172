using System.ComponentModel;

namespace AimsBot.Core.Governance.Impact;

/// <summary>Whether a harm, once done, can be undone.</summary>
public enum Reversibility
{
    [Description("Reversible")] Reversible = 1,
    [Description("Partly reversible")] PartlyReversible = 2,
    [Description("Irreversible")] Irreversible = 3,
}
