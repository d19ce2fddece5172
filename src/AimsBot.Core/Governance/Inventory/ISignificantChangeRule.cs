namespace AimsBot.Core.Governance.Inventory;

/// <summary>
/// One kind of significant change (ISO/IEC 42001 8.2-8.4: assessments are redone when a system changes
/// significantly): given the record before and after an edit, the reason in words, or null.
/// </summary>
public interface ISignificantChangeRule
{
    string Name { get; }

    string? Evaluate(AiSystem before, AiSystem after);
}
