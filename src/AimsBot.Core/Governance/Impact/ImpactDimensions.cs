using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Governance.Impact;

/// <summary>The dimensions in order, their form field names and the risk source a harm in each becomes.</summary>
public static class ImpactDimensions
{
    public static IReadOnlyList<ImpactDimension> All { get; } = Enum.GetValues<ImpactDimension>();

    /// <summary>The field-name stem on the form: <c>fairness</c>, <c>legalRights</c>.</summary>
    public static string Key(ImpactDimension dimension) =>
        char.ToLowerInvariant(dimension.ToString()[0]) + dimension.ToString()[1..];

    public static string Label(ImpactDimension dimension) => ExportFormat.Label(dimension);

    /// <summary>The five input ids of one dimension on the form.</summary>
    public static IReadOnlyList<string> Fields(ImpactDimension dimension)
    {
        var key = Key(dimension);
        return [key + "Applies", key + "Harm", key + "Severity", key + "Likelihood", key + "Reversibility"];
    }

    /// <summary>The risk taxonomy entry a harm in this dimension is filed under when it becomes a risk.</summary>
    public static RiskSource Source(ImpactDimension dimension) => dimension switch
    {
        ImpactDimension.Fairness => RiskSource.FairnessBias,
        ImpactDimension.Privacy => RiskSource.Privacy,
        ImpactDimension.Safety => RiskSource.Safety,
        ImpactDimension.Autonomy => RiskSource.Accountability,
        ImpactDimension.Transparency => RiskSource.Transparency,
        ImpactDimension.Environment => RiskSource.Environmental,
        ImpactDimension.Society => RiskSource.Societal,
        _ => RiskSource.Legal,
    };

    public static ImpactDimension? Parse(string text) =>
        Enum.TryParse<ImpactDimension>(text.Trim(), ignoreCase: true, out var d) && Enum.IsDefined(d) && text.Trim().All(char.IsAsciiLetter) ? d : null;
}
