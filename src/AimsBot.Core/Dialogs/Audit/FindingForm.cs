using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Dialogs.Registration;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Core.Dialogs.Audit;

/// <summary>
/// <c>finding new AU-01</c> (admin or the audit's lead auditor): a nonconformity, observation or
/// opportunity for improvement against a control or clause, with the owner of the corrective action
/// and its due date (clause 10). The owner is told; the finding is reminded until it is closed.
/// </summary>
public sealed class FindingForm(IAuditProgrammeStore store, AuditScope scope, IAuditLog audit, PeopleDirectory people) : FormDialog<FindingDraft>("finding-new")
{
    private readonly PersonField person = new(people);

    private static readonly string[] Fields = ["kind", "reference", "description", "owner", "action", "dueDate"];

    public override string Noun => "audit finding";

    /// <summary>Typed as <c>finding new AU-01</c>, which the <c>finding</c> dialog hands over.</summary>
    public override IReadOnlyList<CommandInfo> Commands { get; } = [];

    protected override IReadOnlyList<FormStep<FindingDraft>> Steps => field ??=
    [
        new("finding-new", Fields, Read, draft => new Dictionary<string, string>
        {
            ["kind"] = draft.Kind?.ToString() ?? "",
            ["reference"] = draft.Reference,
            ["description"] = draft.Description,
            ["owner"] = draft.Owner,
            ["action"] = draft.Action,
            ["dueDate"] = draft.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        })
        {
            Data = view => Risk.RiskFormCards.Merge(
                new JsonObject
                {
                    ["audit"] = view.Draft.AuditId,
                    ["auditTitle"] = store.GetEvent(view.Draft.AuditId) is { } found ? Markdown.Escape(found.Title) : "",
                },
                person.Data("owner", view.Draft.Person, editing: false, view.Conversation)),
        },
    ];

    public void Open(DialogContext context) => OnCommand(context);

    /// <summary>Who may record is checked before an unfinished form of another kind is offered.</summary>
    protected override void OnCommand(DialogContext context)
    {
        if (Refusal(context.Actor, Audit(context.Arguments)) is { } refusal)
        {
            context.Say(refusal);
            return;
        }

        base.OnCommand(context);
    }

    private AuditEvent? Audit(string arguments)
    {
        var typed = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.Equals("new", StringComparison.OrdinalIgnoreCase)).FirstOrDefault() ?? "";
        return AuditIds.ParseEvent(typed) is { } id ? store.GetEvent(id) : null;
    }

    private static string? Refusal(Actor actor, AuditEvent? found) => found switch
    {
        _ when actor.IsAdmin => null,
        null => "Only an AIMS admin or an audit's lead auditor can record findings: type **finding new AU-01** with the audit you lead.",
        _ when !MayRecord(actor, found) => $"Only an AIMS admin or the lead auditor of {found.Id} can record its findings.",
        _ => null,
    };

    /// <summary>Who may record findings of an audit: admins and its lead auditor.</summary>
    public static bool MayRecord(Actor actor, AuditEvent audit) =>
        actor.IsAdmin || (audit.LeadAuditorKey.Length > 0 && string.Equals(audit.LeadAuditorKey, actor.Key, StringComparison.Ordinal));

    protected override FormStart<FindingDraft>? Begin(DialogContext context, string arguments)
    {
        var found = Audit(arguments);
        if (Refusal(context.Actor, found) is { } refusal)
        {
            context.Say(refusal);
            return null;
        }

        if (found is null)
        {
            context.Say("Which audit? Type **finding new AU-01**; **audits** lists them.");
            return null;
        }

        return new FormStart<FindingDraft>(new FindingDraft { AuditId = found.Id }, found.Id, $"finding of {found.Id}");
    }

    protected override void Complete(DialogContext context, FormInstance instance, FindingDraft draft, string cardId)
    {
        if (store.FindingFromCard(cardId) is { } existing)
        {
            Finish(context, "notice", Notice(existing, "That finding was already recorded."), $"{existing.Id} was already recorded.");
            return;
        }

        var finding = store.AddFinding(new Finding
        {
            AuditId = draft.AuditId,
            Kind = draft.Kind!.Value,
            Reference = draft.Reference,
            Description = draft.Description,
            OwnerKey = draft.OwnerKey,
            OwnerName = draft.OwnerName,
            CorrectiveAction = draft.Action,
            DueDate = draft.DueDate is { } due ? due.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null,
            RaisedByKey = context.Actor.Key,
            RaisedByName = context.Actor.User.DisplayName,
            RaisedAt = context.Now.UtcDateTime,
            SourceCardId = cardId,
        });
        audit.Record(context.Actor, "finding.raised", AuditIds.FindingEntity(finding.Id), null, finding);
        Finish(context, "notice", Notice(finding, $"Recorded {finding.Id}. Its owner is reminded of the due date until it is closed with **finding close {finding.Id} what was done**."), $"Recorded {finding.Id}.");
        if (finding.OwnerKey.Length > 0 && finding.OwnerKey != context.Actor.Key)
        {
            context.Add(Reply.Say($"{Markdown.Escape(context.Actor.User.DisplayName)} recorded {finding.Id} ({ExportFormat.Label(finding.Kind).ToLowerInvariant()} on {Markdown.Escape(finding.Reference)}, audit {finding.AuditId}) and made you the owner of its corrective action{(finding.DueDate is { } d ? ", due " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "")}. Type **finding {finding.Id}** for the details.") with
            {
                RecipientUserKey = finding.OwnerKey,
            });
        }
    }

    private void Read(FormStepInput input, FindingDraft draft)
    {
        var reader = input.Reader;
        draft.Kind = reader.Choice<FindingKind>("kind", "Kind", required: true);
        draft.Reference = reader.Raw("reference");
        if (draft.Reference.Contains(' ', StringComparison.Ordinal) || !scope.TryParse(draft.Reference, out var parsed, out _))
        {
            reader.Fail("reference", draft.Reference.Length == 0 ? "Name the control or clause, for example A.6.2.8 or 9.2." : "Name one control or clause, for example A.6.2.8, 27001:A.8.15 or 9.2.");
        }
        else
        {
            draft.Reference = parsed[0];
        }

        draft.Description = reader.Text("description", "What was found", 1000, required: true);
        draft.Person = person.Read(input, "owner", "Owner", draft.Person, editing: false, emptyMeansMe: true);
        if (draft.OwnerKey.Length == 0)
        {
            reader.Fail("owner", "I don't know that person yet: leave it empty for yourself, or name someone who has talked to me.");
        }

        draft.Action = reader.Text("action", "Corrective action", 1000, required: draft.Kind == FindingKind.Nonconformity);
        draft.DueDate = reader.Date("dueDate", "The due date", DateOnly.FromDateTime(input.Now.UtcDateTime));
        if (draft.Action.Length > 0 && draft.DueDate is null)
        {
            reader.Fail("dueDate", "Give the date the corrective action is due.");
        }

    }

    private static JsonObject Notice(Finding finding, string line) => new()
    {
        ["title"] = $"{finding.Id}: {ExportFormat.Label(finding.Kind)} on {Markdown.Escape(finding.Reference)}",
        ["tone"] = finding.Kind == FindingKind.Nonconformity ? "warning" : "good",
        ["lines"] = new JsonArray(Markdown.Escape(finding.Description), line),
    };
}
