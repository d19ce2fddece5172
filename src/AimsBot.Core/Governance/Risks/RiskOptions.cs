namespace AimsBot.Core.Governance.Risks;

/// <summary>
/// The risk method (ISO/IEC 42001 6.1.2 a-c): the likelihood and impact scales, the level matrix, the
/// acceptance criteria and the review period of each level. Empty lists take the shipped defaults
/// (<see cref="RiskMethodDefaults"/>); whatever is configured is validated at start.
/// </summary>
public sealed class RiskOptions
{
    public const string SectionName = "Risk";

    /// <summary>The organisation's name for this edition of the method; stamped on each assessment with a hash of the content.</summary>
    public string Version { get; set; } = "1";

    /// <summary>Likelihood levels, lowest first (1 = the first entry).</summary>
    public List<RiskScaleLevel> Likelihood { get; set; } = [];

    /// <summary>Impact levels, lowest first (1 = the first entry).</summary>
    public List<RiskScaleLevel> Impact { get; set; } = [];

    /// <summary>Risk levels, lowest first, each with who may accept it and how often it is reviewed.</summary>
    public List<RiskLevelDefinition> Levels { get; set; } = [];

    /// <summary>
    /// One row per likelihood, lowest first; each row names the level of every impact, lowest first,
    /// separated by commas (<c>"low, low, medium, medium, high"</c>).
    /// </summary>
    public List<string> Matrix { get; set; } = [];
}
