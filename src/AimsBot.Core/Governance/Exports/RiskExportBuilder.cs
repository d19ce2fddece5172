using System.Globalization;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Governance.Exports;

/// <summary>The AI risk register as auditor-ready tables: the register itself and the method it was assessed with.</summary>
public sealed class RiskExportBuilder(IRiskStore risks, IAiSystemStore systems, RiskMethod method)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Id", "Title", "AI system", "AI system name", "Impact assessment", "Source", "Scenario", "Consequence for the organisation",
        "Consequence for individuals", "Consequence for society", "Likelihood", "Impact", "Level", "Existing controls", "Owner", "Status",
        "Treatment option", "Treatment controls", "Treatment plan", "Treatment owner", "Treatment due", "Residual likelihood", "Residual impact",
        "Residual level", "Treatment progress", "Treatment done", "Level in force", "Accepted level", "Accepted by", "Accepted at",
        "Acceptance authority", "Acceptance note", "Method version", "Next review", "Raised by", "Raised at", "Updated at",
    ];

    public static readonly IReadOnlyList<string> MethodColumns = ["Part", "Value", "Name", "Meaning"];

    /// <summary>
    /// The register (streamed: each risk is read and turned into a row as the files are written, so the export never
    /// holds the whole register) and the method. Write the files inside the same transaction as this call, so the
    /// count taken here is the number of rows read.
    /// </summary>
    public IReadOnlyList<ExportTable> Build()
    {
        // The names come from the inventory's headers (kept in memory by the LiteDB store): no system document is read.
        var names = systems.Headers().ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var count = risks.Headers().Count;
        return
        [
            ExportTable.Streamed("Risk register", Columns, count, risks.All().Select(r => Row(r, names))),
            new ExportTable("Risk method", MethodColumns, MethodRows()),
        ];
    }

    private static string[] Row(Risk r, Dictionary<string, string> names)
    {
        var t = r.Treatment;
        var a = r.Acceptance;
        return
        [
            r.Id, r.Title, r.SystemId, names.GetValueOrDefault(r.SystemId) ?? "", r.ImpactAssessmentId, ExportFormat.Label(r.Source), r.Scenario,
            r.ConsequenceOrganisation, r.ConsequenceIndividuals, r.ConsequenceSociety, Number(r.Likelihood), Number(r.Impact), r.Level,
            ExportFormat.Join(r.ExistingControls), r.OwnerName, ExportFormat.Label(r.Status),
            t is null ? "" : ExportFormat.Label(t.Option), t is null ? "" : ExportFormat.Join(t.Controls), t?.Plan ?? "", t?.OwnerName ?? "",
            ExportFormat.Date(t?.DueDate), t is null ? "" : Number(t.ResidualLikelihood), t is null ? "" : Number(t.ResidualImpact), t?.ResidualLevel ?? "",
            t?.Progress ?? "", ExportFormat.Date(t?.CompletedAt), r.CurrentLevel(), a?.Level ?? "", a?.DecidedByName ?? "", ExportFormat.Time(a?.DecidedAt),
            a is null ? "" : ExportFormat.Label(a.Authority), a?.Note ?? "", r.MethodVersion, ExportFormat.Date(r.NextReview), r.RaisedByName,
            ExportFormat.Time(r.RaisedAt), ExportFormat.Time(r.UpdatedAt),
        ];
    }

    private List<IReadOnlyList<string>> MethodRows()
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "Version", method.Stamp, "", "Stamped on each risk assessed with this method" } };
        rows.AddRange(method.Likelihood.Select((l, i) => (IReadOnlyList<string>)["Likelihood", Number(i + 1), l.Name, l.Description]));
        rows.AddRange(method.Impact.Select((l, i) => (IReadOnlyList<string>)["Impact", Number(i + 1), l.Name, l.Description]));
        rows.AddRange(method.Levels.Select(l => (IReadOnlyList<string>)["Level", l.Name, ExportFormat.Label(l.Acceptance), string.Create(CultureInfo.InvariantCulture, $"Review every {l.ReviewMonths} months. {l.Description}").Trim()]));
        for (var l = 1; l <= method.Likelihood.Count; l++)
        {
            for (var i = 1; i <= method.Impact.Count; i++)
            {
                rows.Add(["Matrix", $"L{Number(l)} × I{Number(i)}", method.LevelOf(l, i).Name, $"{method.Likelihood[l - 1].Name} × {method.Impact[i - 1].Name}"]);
            }
        }

        return rows;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
