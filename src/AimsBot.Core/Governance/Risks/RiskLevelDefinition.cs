namespace AimsBot.Core.Governance.Risks;

/// <summary>One risk level of the matrix with its acceptance criterion and review period.</summary>
public sealed class RiskLevelDefinition
{
    public string Name { get; set; } = "";

    /// <summary>What the level means, shown with the criteria.</summary>
    public string Description { get; set; } = "";

    /// <summary>Who may accept a risk at this level (residual level when treated).</summary>
    public AcceptanceAuthority Acceptance { get; set; }

    /// <summary>How many months until the next review of a risk at this level (1 to 60).</summary>
    public int ReviewMonths { get; set; }
}
