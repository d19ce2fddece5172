using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;

namespace AimsBot.Core.Governance.Audits;

/// <summary>
/// An internal audit's checklist from the catalogue: each ISO/IEC 42001 control in scope with its
/// owner, SoA answer and the ISO 27001 controls it builds on, each ISO 27001 control in scope, and the
/// evidence; evidence shared between the two standards is marked so it is examined once.
/// </summary>
public sealed class AuditChecklist(AuditScope scope, IControlStore controls, IEvidenceStore evidence)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Standard", "Control or clause", "Title", "Owner", "Applicability", "Status", "Justification", "Implementation",
        "Linked controls (other standard)", "Evidence", "Evidence shared with the other standard", "Auditor's notes",
    ];

    /// <summary>The checklist rows: clauses first, then ISO/IEC 42001 controls, then ISO 27001 controls.</summary>
    public ExportTable Build(AuditEvent audit)
    {
        var records = controls.All();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var clause in AuditScope.ClausesOf(audit.Scope))
        {
            var mapping = scope.Catalogue.Clauses.FirstOrDefault(c => string.Equals(c.Clause, clause, StringComparison.Ordinal));
            rows.Add(["Both (clause)", clause, mapping?.Title ?? ClauseTitle(clause), "", "", "", "", mapping?.Addition ?? "", "", "", "", ""]);
        }

        var iso27001 = new List<string>(AuditScope.Iso27001Named(audit.Scope));
        foreach (var control in scope.Iso42001(audit.Scope))
        {
            var record = records.GetValueOrDefault(control.Id) ?? new ControlRecord { Id = control.Id };
            var links = ControlService.LinksOf(control, record);
            iso27001.AddRange(links);
            var items = evidence.ForIso42001(control.Id);
            rows.Add(
            [
                "ISO/IEC 42001", control.Id, control.Title, record.OwnerName, ExportFormat.Label(record.Applicability), ExportFormat.Label(record.Status),
                record.Justification, record.Implementation, ExportFormat.Join(links.Select(l => "27001:" + l)),
                ExportFormat.Join(items.Select(Describe)), ExportFormat.Join(items.Where(i => i.Iso27001.Count > 0).Select(Describe)), "",
            ]);
        }

        foreach (var id in iso27001.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var control = scope.Catalogue.FindIso27001(id);
            var items = evidence.ForIso27001(id);
            var extended = scope.Catalogue.Controls.Where(c => ControlService.LinksOf(c, records.GetValueOrDefault(c.Id) ?? new ControlRecord()).Contains(id, StringComparer.Ordinal)).Select(c => c.Id);
            rows.Add(
            [
                "ISO/IEC 27001", "27001:" + id, control?.Title ?? "", "", "", "", "", "", ExportFormat.Join(extended),
                ExportFormat.Join(items.Select(Describe)), ExportFormat.Join(items.Where(i => i.Iso42001.Count > 0).Select(Describe)), "",
            ]);
        }

        return new ExportTable("Checklist " + audit.Id, Columns, rows);
    }

    private static string Describe(EvidenceItem item) => item.Title.Length > 0 ? $"{item.Title} ({item.Location})" : item.Location;

    private static string ClauseTitle(string clause) => clause switch
    {
        "4" => "Context of the organisation",
        "5" => "Leadership",
        "6" => "Planning",
        "7" => "Support",
        "8" => "Operation",
        "9" => "Performance evaluation",
        "9.2" => "Internal audit",
        "9.3" => "Management review",
        "10" => "Improvement",
        _ => "",
    };
}
