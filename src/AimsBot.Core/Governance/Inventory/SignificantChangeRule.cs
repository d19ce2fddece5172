namespace AimsBot.Core.Governance.Inventory;

/// <summary>A significant-change rule from a name and a test of before and after.</summary>
public sealed class SignificantChangeRule(string name, Func<AiSystem, AiSystem, string?> evaluate) : ISignificantChangeRule
{
    public string Name { get; } = name;

    public string? Evaluate(AiSystem before, AiSystem after) => evaluate(before, after);
}
