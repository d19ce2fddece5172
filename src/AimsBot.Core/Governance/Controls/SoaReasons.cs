using AimsBot.Core.Governance.Exports;

namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// The inclusion reasons the Statement of Applicability shows for a control: the owner's answer, and
/// "Risk treatment" naming the risks whose treatment chose the control (whether or not the owner ticked it).
/// </summary>
public static class SoaReasons
{
    public static IReadOnlyList<string> Labels(ControlRecord record, IReadOnlyList<string> risks) =>
        Labels(record.Applicability, record.InclusionReasons, risks);

    /// <summary>The same for a line of a SoA version (its own copy of the answer and the risk ids captured with it).</summary>
    public static IReadOnlyList<string> Labels(Applicability applicability, IEnumerable<InclusionReason> reasons, IReadOnlyList<string> risks)
    {
        var treatment = ExportFormat.Label(InclusionReason.RiskTreatment);
        var labels = applicability == Applicability.Applicable
            ? reasons.Where(r => r != InclusionReason.RiskTreatment || risks.Count == 0).Select(ExportFormat.Label).ToList()
            : [];
        if (risks.Count > 0 && applicability != Applicability.Excluded)
        {
            labels.Add($"{treatment} ({string.Join(", ", risks)})");
        }

        return labels;
    }
}
