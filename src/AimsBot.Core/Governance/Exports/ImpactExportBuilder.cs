using System.Globalization;
using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// The AI system impact assessments for auditors: every version as one row plus one row per harm; or one
/// assessment as a document with every answer.
/// </summary>
public sealed class ImpactExportBuilder(IImpactStore impacts, IRiskStore risks)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Id", "AI system", "AI system name", "Version", "Supersedes", "Superseded by", "Current", "Purpose and context", "Affected",
        "Vulnerable groups", "Benefits", "Applicable dimensions", "Highest harm level", "Foreseeable misuse", "Mitigations", "Human oversight",
        "Conclusion", "Conditions", "Status", "Reviewed by", "Reviewed at", "Review note", "Next review", "Method version", "Assessed by",
        "Assessed at", "Risks raised",
    ];

    public static readonly IReadOnlyList<string> HarmColumns =
        ["Assessment", "AI system", "Version", "Dimension", "Applies", "Potential harm", "Severity", "Likelihood", "Level", "Reversibility", "Risk raised"];

    public static readonly IReadOnlyList<string> AnswerColumns = ["Question", "Answer"];

    public IReadOnlyList<ExportTable> Build()
    {
        var linked = risks.All().Where(r => r.ImpactAssessmentId.Length > 0).ToLookup(r => r.ImpactAssessmentId, StringComparer.Ordinal);
        var all = impacts.All();
        var rows = all.Select(a => Row(a, linked[a.Id])).ToList();
        var harms = all.SelectMany(a => a.Harms.Select(h => HarmRow(a, h, linked[a.Id]))).ToList();
        return [new ExportTable("Impact assessments", Columns, rows), new ExportTable("Harms", HarmColumns, harms)];
    }

    /// <summary>One assessment: every answer as question and answer (the CSV), then its harms.</summary>
    public IReadOnlyList<ExportTable> BuildOne(ImpactAssessment a)
    {
        var linked = risks.FromAssessment(a.Id);
        var row = Row(a, linked);
        var answers = Columns.Select((c, i) => (IReadOnlyList<string>)[c, row[i]]).ToList();
        foreach (var h in a.Harms)
        {
            var label = ImpactDimensions.Label(h.Dimension);
            answers.Add([label + ": applies", h.Applies ? "Yes" : "No"]);
            if (h.Applies)
            {
                answers.Add([label + ": potential harm", h.Harm]);
                answers.Add([label + ": severity, likelihood, level", $"{Number(h.Severity)}, {Number(h.Likelihood)}, {h.Level}"]);
                answers.Add([label + ": reversibility", h.Reversibility is { } r ? ExportFormat.Label(r) : ""]);
            }
        }

        return
        [
            new ExportTable(a.Id, AnswerColumns, answers),
            new ExportTable("Harms", HarmColumns, [.. a.Harms.Select(h => HarmRow(a, h, linked))]),
        ];
    }

    private static IReadOnlyList<string> Row(ImpactAssessment a, IEnumerable<Risk> linked)
    {
        var highest = a.Applicable.OrderByDescending(h => h.LevelRank).FirstOrDefault();
        return
        [
            a.Id, a.SystemId, a.SystemName, Number(a.Version), a.Supersedes, a.SupersededBy, a.IsCurrent ? "Yes" : "No", a.Purpose, a.Affected,
            a.VulnerableGroups, a.Benefits, ExportFormat.Join(a.Applicable.Select(h => ImpactDimensions.Label(h.Dimension))), highest?.Level ?? "",
            a.ForeseeableMisuse, a.Mitigations, a.Oversight, Enum.IsDefined(a.Conclusion) ? ExportFormat.Label(a.Conclusion) : "", a.Conditions,
            ExportFormat.Label(a.Status), a.ReviewedByName, ExportFormat.Time(a.ReviewedAt), a.ReviewNote, ExportFormat.Date(a.NextReview),
            a.MethodVersion, a.AssessedByName, ExportFormat.Time(a.AssessedAt), ExportFormat.Join(linked.Select(r => r.Id)),
        ];
    }

    private static IReadOnlyList<string> HarmRow(ImpactAssessment a, ImpactHarm h, IEnumerable<Risk> linked) =>
    [
        a.Id, a.SystemId, Number(a.Version), ImpactDimensions.Label(h.Dimension), h.Applies ? "Yes" : "No", h.Harm,
        h.Applies ? Number(h.Severity) : "", h.Applies ? Number(h.Likelihood) : "", h.Level, h.Reversibility is { } r ? ExportFormat.Label(r) : "",
        ExportFormat.Join(linked.Where(x => x.ImpactHarm == h.Dimension.ToString()).Select(x => x.Id)),
    ];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
