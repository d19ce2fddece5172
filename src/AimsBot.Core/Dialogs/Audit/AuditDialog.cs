using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Audits;

namespace AimsBot.Core.Dialogs.Audit;

/// <summary>
/// The audit programme (9.2, 9.3, certification): <c>audit plan 2027-03-01</c> lays out the integrated
/// three-year programme from the Stage 1 date; <c>audits</c> lists it with countdowns; <c>audit AU-01</c>
/// shows one event; admins set its <c>lead @person</c>, <c>date</c>, <c>scope</c> or mark it <c>held</c>;
/// <c>audit AU-01 checklist</c> exports the internal audit's checklist.
/// </summary>
public sealed class AuditDialog(IAuditProgrammeStore store, AuditScope scope, AuditChecklist checklist, ExportPublisher publisher, IAuditLog audit) : IDialog
{
    public string Name => "audit";

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("audits", "audits", "The audit programme: internal audits, management reviews and certification audits, with countdowns."),
        new("audit", "audit AU-01 [lead @person | date 2027-04-01 [2027-04-03] | scope 9.2 A.6 27001:A.8.15 | held | checklist] · audit plan 2027-03-01", "One audit; admins plan the programme from the Stage 1 date and edit each audit; the checklist as XLSX and CSV."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var words = context.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (context.Command == "audits" || words.Length == 0)
        {
            context.Say(AuditText.Programme(store.Events(), store.Findings(), context.Now));
        }
        else if (words[0].Equals("plan", StringComparison.OrdinalIgnoreCase))
        {
            Plan(context, words.Length > 1 ? words[1] : "");
        }
        else if (words.Length > 1 && EditWords.Contains(words[1].ToLowerInvariant()) && !context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can change an audit.");
        }
        else if (words.Length > 1 && words[1].Equals("checklist", StringComparison.OrdinalIgnoreCase) && !MayExportChecklist(context.Actor, Find(words[0])))
        {
            context.Say("Only AIMS admins, committee members and the audit's lead auditor can export its checklist.");
        }
        else if (Find(words[0]) is not { } found)
        {
            context.Say($"I don't know an audit “{Markdown.Escape(words[0].Length > 20 ? words[0][..20] + "…" : words[0])}”. Type **audits** for the programme.");
        }
        else if (words.Length == 1)
        {
            context.Say(AuditText.Detail(found, store.Findings().Where(f => f.AuditId == found.Id).ToList(), context.Now));
        }
        else if (words[1].Equals("checklist", StringComparison.OrdinalIgnoreCase))
        {
            Checklist(context, found);
        }
        else
        {
            Edit(context, found, words[1].ToLowerInvariant(), words.Length > 2 ? words[2] : "");
        }

        return ValueTask.CompletedTask;
    }

    private static readonly string[] EditWords = ["lead", "date", "scope", "held"];

    private AuditEvent? Find(string typed) => AuditIds.ParseEvent(typed) is { } id ? store.GetEvent(id) : null;

    private static bool MayExportChecklist(Actor actor, AuditEvent? found) =>
        ExportPublisher.MayExport(actor) || (found is { LeadAuditorKey.Length: > 0 } && string.Equals(found.LeadAuditorKey, actor.Key, StringComparison.Ordinal));

    private void Plan(DialogContext context, string date)
    {
        if (!context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can plan the audit programme.");
            return;
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stage1)
            || stage1 < DateOnly.FromDateTime(context.Now.UtcDateTime) || stage1 > DateOnly.FromDateTime(context.Now.UtcDateTime).AddYears(3))
        {
            context.Say("Give the planned Stage 1 date, from today to three years ahead, as **audit plan 2027-03-01**. Nothing was changed.");
            return;
        }

        // Events already held, or with findings, are history: they stay. The rest are planned anew.
        var findings = store.Findings().Select(f => f.AuditId).ToHashSet(StringComparer.Ordinal);
        var replaced = store.Events().Where(e => e.HeldAt is null && !findings.Contains(e.Id)).ToList();
        foreach (var old in replaced)
        {
            store.DeleteEvent(old.Id);
        }

        var added = new List<AuditEvent>();
        foreach (var draft in AuditProgramme.Plan(stage1, scope))
        {
            draft.CreatedAt = draft.UpdatedAt = context.Now.UtcDateTime;
            added.Add(store.AddEvent(draft));
        }

        audit.Record(context.Actor, "audit.planned", "audit:programme", replaced.Select(e => e.Id).ToList(), new { stage1 = date, events = added.Select(e => e.Id).ToList() });
        var note = replaced.Count > 0 ? $" It replaces {replaced.Count} planned audit{(replaced.Count == 1 ? "" : "s")}; audits held or with findings are kept." : "";
        context.Say($"Planned the integrated audit programme: {added.Count} events from {added[0].StartsOn:d MMM yyyy} to {added[^1].StartsOn:d MMM yyyy}.{note} Set each internal audit's lead auditor with **audit {added[0].Id} lead @person**.\n\n" + AuditText.Programme(store.Events(), store.Findings(), context.Now));
    }

    private void Edit(DialogContext context, AuditEvent found, string what, string value)
    {
        if (!context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can change an audit.");
            return;
        }

        var before = found.Copy();
        string done;
        switch (what)
        {
            case "lead":
                var mentions = context.Turn.Mentions ?? [];
                if (mentions.Count != 1)
                {
                    context.Say($"Mention exactly one lead auditor, for example **audit {found.Id} lead @Megan**. Nothing was changed.");
                    return;
                }

                found.LeadAuditorKey = mentions[0].Key;
                found.LeadAuditorName = mentions[0].DisplayName;
                done = $"{Markdown.Escape(mentions[0].DisplayName)} is the lead auditor of {found.Id}; I've told them.";
                context.Add(Reply.Say($"{Markdown.Escape(context.Actor.User.DisplayName)} made you the lead auditor of {found.Id} {Markdown.Escape(found.Title)}, starting {found.StartsOn:d MMM yyyy}. Type **audit {found.Id} checklist** for the checklist.") with { RecipientUserKey = mentions[0].Key });
                break;
            case "date":
                var dates = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (dates.Length is 0 or > 2 || !Date(dates[0], out var start) || !Date(dates[^1], out var end) || end < start || end > start.AddDays(30))
                {
                    context.Say($"Give the first day and, if it lasts longer, the last day: **audit {found.Id} date 2027-04-01 2027-04-03**. Nothing was changed.");
                    return;
                }

                found.StartsOn = AuditProgramme.Utc(start);
                found.EndsOn = AuditProgramme.Utc(end);
                done = $"{found.Id} is now on {AuditText.Dates(found)}.";
                break;
            case "scope":
                if (!scope.TryParse(value, out var parsed, out var error))
                {
                    context.Say(error + " Nothing was changed.");
                    return;
                }

                found.Scope = parsed;
                done = $"The scope of {found.Id} is now {string.Join(", ", parsed)}.";
                break;
            case "held":
                if (found.HeldAt is not null)
                {
                    context.Say($"{found.Id} was already recorded as held.");
                    return;
                }

                found.HeldAt = context.Now.UtcDateTime;
                done = $"{found.Id} is recorded as held. Record what it found with **finding new {found.Id}**.";
                break;
            default:
                context.Say($"Type **audit {found.Id} lead @person**, **date 2027-04-01**, **scope 9.2 A.6**, **held** or **checklist**.");
                return;
        }

        found.UpdatedAt = context.Now.UtcDateTime;
        store.UpdateEvent(found);
        audit.Record(context.Actor, "audit.edited", AuditIds.EventEntity(found.Id), before, found);
        context.Say(done);
    }

    private void Checklist(DialogContext context, AuditEvent found)
    {
        var table = checklist.Build(found);
        var summary = new JsonArray
        {
            ControlView.Fact("Audit", $"{found.Id} {Markdown.Escape(found.Title)}"),
            ControlView.Fact("ISO/IEC 42001 controls", table.Rows.Count(r => r[0] == "ISO/IEC 42001").ToString(CultureInfo.InvariantCulture)),
            ControlView.Fact("ISO 27001 controls", table.Rows.Count(r => r[0] == "ISO/IEC 27001").ToString(CultureInfo.InvariantCulture)),
            ControlView.Fact("Evidence shared by both standards", table.Rows.Count(r => r[10].Length > 0).ToString(CultureInfo.InvariantCulture) + " rows"),
        };
        publisher.Publish(context, "Audit checklist " + found.Id, "audit-checklist-" + found.Id.ToLowerInvariant(), [table], table, summary);
    }

    private static bool Date(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
