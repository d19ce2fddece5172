using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Governance.Risks;

/// <summary>The controls' view of the risk register: which active treatments chose each control.</summary>
public sealed class RiskTreatmentLinks(IRiskStore risks) : ITreatmentLinks
{
    public IReadOnlyList<string> RisksTreatedBy(string controlId) => risks.TreatedBy(controlId);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> All() => risks.TreatmentLinks();
}
