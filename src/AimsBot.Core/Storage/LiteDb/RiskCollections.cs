namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The LiteDB collections of the risk and impact area.</summary>
public static class RiskCollections
{
    public const string Risks = "risks";

    /// <summary>The counter (in <see cref="CollectionNames.Counters"/>) that numbers risks.</summary>
    public const string RiskCounter = "risk";

    public const string Impacts = "impact_assessments";

    /// <summary>The counter (in <see cref="CollectionNames.Counters"/>) that numbers impact assessments.</summary>
    public const string ImpactCounter = "impact";
}
