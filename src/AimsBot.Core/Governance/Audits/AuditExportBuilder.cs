using AimsBot.Core.Governance.Exports;

namespace AimsBot.Core.Governance.Audits;

/// <summary>The findings register and the audit programme as auditor-ready tables.</summary>
public sealed class AuditExportBuilder(IAuditProgrammeStore store)
{
    public static readonly IReadOnlyList<string> FindingColumns =
    [
        "Id", "Audit", "Kind", "Control or clause", "Finding", "Owner", "Corrective action", "Due", "Status", "Closed at", "Closing note", "Raised by", "Raised at",
    ];

    public static readonly IReadOnlyList<string> ProgrammeColumns =
    [
        "Id", "Kind", "Title", "Scope", "Lead auditor", "Starts", "Ends", "Cycle year", "Held at",
    ];

    public IReadOnlyList<ExportTable> Build() =>
    [
        new("Findings", FindingColumns, [.. store.Findings().Select(f => (IReadOnlyList<string>)
        [
            f.Id, f.AuditId, ExportFormat.Label(f.Kind), f.Reference, f.Description, f.OwnerName, f.CorrectiveAction, ExportFormat.Date(f.DueDate),
            f.Closed ? "Closed" : "Open", ExportFormat.Time(f.ClosedAt), f.ClosedNote, f.RaisedByName, ExportFormat.Time(f.RaisedAt),
        ])]),
        new("Audit programme", ProgrammeColumns, [.. store.Events().Select(a => (IReadOnlyList<string>)
        [
            a.Id, ExportFormat.Label(a.Kind), a.Title, ExportFormat.Join(a.Scope), a.LeadAuditorName, ExportFormat.Date(a.StartsOn), ExportFormat.Date(a.EndsOn),
            a.CycleYear.ToString(System.Globalization.CultureInfo.InvariantCulture), ExportFormat.Time(a.HeldAt),
        ])]),
    ];
}
