using System.ComponentModel;

namespace AimsBot.Core.Governance.Controls;

/// <summary>How far an applicable control is implemented.</summary>
public enum ImplementationStatus
{
    [Description("Not started")] NotStarted = 0,
    [Description("Planned")] Planned = 1,
    [Description("Partially implemented")] PartiallyImplemented = 2,
    [Description("Implemented")] Implemented = 3,
}
