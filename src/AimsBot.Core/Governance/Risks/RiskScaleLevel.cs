namespace AimsBot.Core.Governance.Risks;

/// <summary>One step of a likelihood or impact scale: its name and the plain description people see on the card.</summary>
public sealed class RiskScaleLevel
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";
}
