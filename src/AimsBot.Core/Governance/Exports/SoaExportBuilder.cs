using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Governance.Exports;

/// <summary>The Statement of Applicability as auditor-ready tables: controls, evidence, ISO 27001 links.</summary>
public sealed class SoaExportBuilder(ControlQueries queries, IEvidenceStore evidence, ITreatmentLinks treatments)
{
    public static readonly IReadOnlyList<string> SoaColumns =
    [
        "Control", "Title", "Objective", "Reuse", "Applicability", "Inclusion reasons", "Justification", "Implementation status",
        "Target date", "Owner", "Evidence", "Linked ISO 27001 controls", "Next review", "Last change", "Changed at", "Changed by",
        "Risks treated",
    ];

    public static readonly IReadOnlyList<string> EvidenceColumns =
        ["Evidence id", "Title", "Location", "ISO 42001 controls", "ISO 27001 controls", "Added by", "Added at"];

    public static readonly IReadOnlyList<string> LinkColumns =
        ["ISO 42001 control", "ISO 27001 control", "ISO 27001 title", "Mapping"];

    public IReadOnlyList<ExportTable> Build()
    {
        var rows = queries.Rows();
        var items = evidence.All().ToList();
        var evidenceByControl = items
            .SelectMany(i => i.Iso42001.Select(c => (Control: c, Item: i)))
            .ToLookup(x => x.Control, x => x.Item, StringComparer.Ordinal);
        var catalogue = queries.Catalogue;
        var treated = treatments.All();

        var soa = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Control.Id,
            r.Control.Title,
            r.Control.Objective.Label,
            ExportFormat.Label(r.Control.Reuse),
            ExportFormat.Label(r.Record.Applicability),
            ExportFormat.Join(SoaReasons.Labels(r.Record, treated.GetValueOrDefault(r.Control.Id) ?? [])),
            r.Record.Justification,
            r.Record.Applicability == Applicability.Applicable ? ExportFormat.Label(r.Record.Status) : "",
            ExportFormat.Date(r.Record.TargetDate),
            r.Record.OwnerName,
            ExportFormat.Join(evidenceByControl[r.Control.Id].Select(e => $"{e.Title} ({e.Location})")),
            ExportFormat.Join(r.Links),
            ExportFormat.Date(r.Record.NextReview),
            r.Record.LastChange,
            ExportFormat.Time(r.Record.UpdatedAt),
            r.Record.UpdatedByName,
            ExportFormat.Join(treated.GetValueOrDefault(r.Control.Id) ?? []),
        ]).ToList();

        var evidenceRows = items.Select(i => (IReadOnlyList<string>)
        [
            i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            i.Title,
            i.Location,
            ExportFormat.Join(i.Iso42001),
            ExportFormat.Join(i.Iso27001),
            i.AddedByName,
            ExportFormat.Time(i.AddedAt),
        ]).ToList();

        var links = rows.SelectMany(r => r.Links.Select(l => (IReadOnlyList<string>)
        [
            r.Control.Id,
            l,
            catalogue.FindIso27001(l)?.Title ?? "",
            r.Record.Iso27001Links is null ? "Shipped" : "Edited",
        ])).ToList();

        return
        [
            new ExportTable("Statement of Applicability", SoaColumns, soa),
            new ExportTable("Evidence", EvidenceColumns, evidenceRows),
            new ExportTable("ISO 27001 links", LinkColumns, links),
        ];
    }
}
