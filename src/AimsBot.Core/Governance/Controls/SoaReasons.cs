using AimsBot.Core.Governance.Exports;

namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// The inclusion reasons the Statement of Applicability shows for a control: the owner's answer, and
/// "Risk treatment" naming the risks whose treatment chose the control (whether or not the owner ticked it).
/// </summary>
public static class SoaReasons
{
    public static IReadOnlyList<string> Labels(ControlRecord record, IReadOnlyList<string> risks)
    {
        var treatment = ExportFormat.Label(InclusionReason.RiskTreatment);
        var labels = record.Applicability == Applicability.Applicable
            ? record.InclusionReasons.Where(r => r != InclusionReason.RiskTreatment || risks.Count == 0).Select(ExportFormat.Label).ToList()
            : [];
        if (risks.Count > 0 && record.Applicability != Applicability.Excluded)
        {
            labels.Add($"{treatment} ({string.Join(", ", risks)})");
        }

        return labels;
    }
}
