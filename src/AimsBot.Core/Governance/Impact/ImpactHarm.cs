namespace AimsBot.Core.Governance.Impact;

/// <summary>One dimension of an assessment: whether it applies and, if so, the potential harm and how bad it could be.</summary>
public sealed class ImpactHarm
{
    public ImpactDimension Dimension { get; set; }

    public bool Applies { get; set; }

    /// <summary>The potential harm to individuals, groups or society, in the person's words.</summary>
    public string Harm { get; set; } = "";

    /// <summary>On the risk method's impact scale (1 upwards).</summary>
    public int Severity { get; set; }

    /// <summary>On the risk method's likelihood scale (1 upwards).</summary>
    public int Likelihood { get; set; }

    public Reversibility? Reversibility { get; set; }

    /// <summary>The level of likelihood × severity on the risk method's matrix (set when saved).</summary>
    public string Level { get; set; } = "";

    public int LevelRank { get; set; }

    public ImpactHarm Copy() => (ImpactHarm)MemberwiseClone();
}
