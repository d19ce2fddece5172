using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Audit;

/// <summary>
/// Audit findings (clause 10): <c>findings [open | mine | closed | AU-01]</c>, <c>finding F-0001</c>,
/// <c>finding new AU-01</c> (the form), <c>finding close F-0001 what was done</c> and <c>findings export</c>.
/// </summary>
public sealed class FindingsDialog(IAuditProgrammeStore store, FindingForm form, AuditExportBuilder exports, ExportPublisher publisher, IAuditLog audit) : IDialog
{
    public const int Shown = 25;

    public string Name => "findings";

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("findings", "findings [open | mine | closed | AU-01] · findings export", "Audit findings with owners and due dates; the findings register and audit programme as XLSX and CSV."),
        new("finding", "finding F-0001 · finding new AU-01 · finding close F-0001 what was done", "One finding; record a finding of an audit (admin, lead auditor); close one (its owner, admin)."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var words = context.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        switch (context.Command, first)
        {
            case ("findings", "export"):
                Export(context);
                break;
            case ("findings", _):
                List(context, first);
                break;
            case ("finding", "new"):
                form.Open(context);
                break;
            case ("finding", "close"):
                Close(context, words.Length > 1 ? words[1] : "", words.Length > 2 ? words[2] : "");
                break;
            default:
                Show(context, first);
                break;
        }

        return ValueTask.CompletedTask;
    }

    private void List(DialogContext context, string filter)
    {
        var auditId = AuditIds.ParseEvent(filter);
        if (filter is not ("" or "open" or "mine" or "closed") && auditId is null)
        {
            context.Say("Type **findings**, **findings open**, **findings mine**, **findings closed** or **findings AU-01**.");
            return;
        }

        var rows = store.Findings()
            .Where(f => filter switch
            {
                "closed" => f.Closed,
                "mine" => !f.Closed && string.Equals(f.OwnerKey, context.Actor.Key, StringComparison.Ordinal),
                "" or "open" => !f.Closed,
                _ => f.AuditId == auditId,
            })
            .OrderBy(f => f.DueDate ?? DateTime.MaxValue)
            .ToList();
        if (rows.Count == 0)
        {
            context.Say(filter == "mine" ? "No open finding is yours." : "No finding matches.");
            return;
        }

        var text = new StringBuilder($"**Audit findings** ({DueWords.Count(rows.Count, "finding")}):");
        foreach (var f in rows.Take(Shown))
        {
            text.Append("\n- ").Append(AuditText.Line(f));
            if (!f.Closed && f.DueDate is { } due)
            {
                text.Append(", ").Append(DueWords.Of(new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc)), context.Now));
            }
        }

        if (rows.Count > Shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n… and {rows.Count - Shown} more: **findings export** has them all.");
        }

        context.Say(text.ToString());
    }

    private void Show(DialogContext context, string typed)
    {
        if (AuditIds.ParseFinding(typed) is not { } id || store.GetFinding(id) is not { } f)
        {
            context.Say("Type **finding F-0001** to see a finding, **finding new AU-01** to record one, or **findings** for the list.");
            return;
        }

        var due = f.DueDate is { } d ? $"{d:d MMM yyyy}" + (f.Closed ? "" : ", " + DueWords.Of(new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)), context.Now)) : "none";
        context.Say($"**{f.Id}** {ExportFormat.Label(f.Kind)} on {Markdown.Escape(f.Reference)} (audit {f.AuditId})\n- Found: {Markdown.Escape(f.Description)}\n- Corrective action: {Markdown.Escape(f.CorrectiveAction.Length > 0 ? f.CorrectiveAction : "none")}\n- Owner: {Markdown.Escape(f.OwnerName)}\n- Due: {due}\n- Status: {(f.Closed ? $"closed {f.ClosedAt:d MMM yyyy}: {Markdown.Escape(f.ClosedNote)}" : "open")}\n- Raised by {Markdown.Escape(f.RaisedByName)} on {f.RaisedAt:d MMM yyyy}");
    }

    private void Close(DialogContext context, string typed, string note)
    {
        var f = AuditIds.ParseFinding(typed) is { } id ? store.GetFinding(id) : null;
        if (!context.Actor.IsAdmin && (f is null || !string.Equals(f.OwnerKey, context.Actor.Key, StringComparison.Ordinal)))
        {
            context.Say("Only the owner of a finding's corrective action or an AIMS admin can close it.");
            return;
        }

        if (f is null || note.Length is 0 or > 1000)
        {
            context.Say(f is null ? "Which finding? Type **finding close F-0001 what was done**." : "Say what was done (up to 1,000 characters): **finding close F-0001 what was done**. Nothing was changed.");
            return;
        }

        if (f.Closed)
        {
            context.Say($"{f.Id} is already closed.");
            return;
        }

        var before = f.Copy();
        f.Closed = true;
        f.ClosedAt = context.Now.UtcDateTime;
        f.ClosedNote = note;
        store.UpdateFinding(f);
        audit.Record(context.Actor, "finding.closed", AuditIds.FindingEntity(f.Id), before, f);
        context.Say($"Closed {f.Id}. Its reminders stop.");
    }

    private void Export(DialogContext context)
    {
        if (!ExportPublisher.MayExport(context.Actor))
        {
            context.Say("Only AIMS admins and committee members can export the findings.");
            return;
        }

        var tables = exports.Build();
        var findings = store.Findings();
        var summary = new JsonArray
        {
            ControlView.Fact("Findings", findings.Count.ToString(CultureInfo.InvariantCulture)),
            ControlView.Fact("Open", findings.Count(f => !f.Closed).ToString(CultureInfo.InvariantCulture)),
            ControlView.Fact("Nonconformities", findings.Count(f => f.Kind == FindingKind.Nonconformity).ToString(CultureInfo.InvariantCulture)),
        };
        publisher.Publish(context, "Audit findings and programme", "audit-findings", tables, tables[0], summary);
    }
}
