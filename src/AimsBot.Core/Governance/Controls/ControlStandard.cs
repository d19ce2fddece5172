namespace AimsBot.Core.Governance.Controls;

/// <summary>Which Annex A a control id belongs to; the numbers overlap (A.7.4 exists in both).</summary>
public enum ControlStandard
{
    Iso42001 = 1,
    Iso27001 = 2,
}
