using System.Globalization;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Governance.Risks;

/// <summary>6.1.2: the AI risk method is defined and in use: at least one risk was assessed with the method in force.</summary>
public sealed class RiskMethodInUse(RiskMethod method, IRiskStore risks) : IClauseWork
{
    public string Clause => "6.1.2";

    public string Title => "AI risk method defined and in use";

    public ClauseWorkState Evaluate()
    {
        var used = risks.AnyAssessedWith(method.Stamp);
        return new ClauseWorkState(used, used
            ? string.Create(CultureInfo.InvariantCulture, $"Method {method.Stamp} is configured and risks are assessed with it (risk method).")
            : $"Method {method.Stamp} is configured; no risk has been assessed with it yet.");
    }
}
