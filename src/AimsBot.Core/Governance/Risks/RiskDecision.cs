namespace AimsBot.Core.Governance.Risks;

/// <summary>The acceptance of a risk at a level: by the owner within their authority, or by the committee.</summary>
public sealed class RiskDecision
{
    /// <summary>The level accepted (residual when treated, otherwise inherent).</summary>
    public string Level { get; set; } = "";

    public AcceptanceAuthority Authority { get; set; }

    public string DecidedByKey { get; set; } = "";

    public string DecidedByName { get; set; } = "";

    public DateTime DecidedAt { get; set; }

    /// <summary>Why it is accepted (and conditions, if the committee set any).</summary>
    public string Note { get; set; } = "";

    public RiskDecision Copy() => (RiskDecision)MemberwiseClone();
}
