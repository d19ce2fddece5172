using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>
/// Periodic attestations: <c>attest AI-0001</c> (or the button in the day's reminders) opens the card for
/// the system's owner; the answer is stored, audit-logged and moves the next due date; "yes, changed"
/// marks the system for re-assessment. <c>attestations [mine | overdue | AI-0001]</c> lists them.
/// </summary>
public sealed class AttestDialog(IAiSystemStore systems, IAttestationStore attestations, AttestationSchedule schedule, IAuditLog audit) : IDialog
{
    public static readonly Verb OpenVerb = new("attest/open");

    public string Name => "attest";

    public IReadOnlyList<Verb> Verbs { get; } = [OpenVerb, AttestationCard.SubmitVerb];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("attest", "attest AI-0001", "Attest that an AI system you own is still as registered (or say what changed)."),
        new("attestations", "attestations [mine | overdue | AI-0001]", "Attestations due and done: yours, the overdue ones, or one system's history."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        switch (context.Kind, context.Command, context.Verb?.Value)
        {
            case (InvocationKind.CardAction, _, "attest/open"):
                Open(context, context.Turn.Value("system") ?? "");
                break;
            case (InvocationKind.CardAction, _, "attest/submit"):
                Submit(context);
                break;
            case (InvocationKind.Command, "attest", _):
                Open(context, context.Arguments);
                break;
            case (InvocationKind.Command, "attestations", _):
                AttestationList.Show(context, systems, attestations, schedule);
                break;
            default:
                context.Say("Type **attest AI-0001** to attest a system you own, or **attestations** to see what is due.");
                break;
        }

        return ValueTask.CompletedTask;
    }

    public static bool MayAttest(Actor actor, AiSystem system) =>
        actor.IsAdmin || string.Equals(actor.Key, system.RequesterKey, StringComparison.Ordinal) || string.Equals(actor.Key, system.BusinessOwnerKey, StringComparison.Ordinal);

    private void Open(DialogContext context, string argument)
    {
        if (Find(context, argument) is not { } system)
        {
            return;
        }

        context.Show(AttestationCard.TemplateId, AttestationCard.Data(system, schedule.NextDue(system), context.Now, CardIds.New(), null, null), $"Attest {system.Id} {system.Name}.");
    }

    private void Submit(DialogContext context)
    {
        if (Find(context, context.Turn.Value("system") ?? "") is not { } system)
        {
            return;
        }

        if (context.CardId is { Length: > 0 } card && attestations.ExistsForCard(card))
        {
            context.Say("That attestation was already recorded, so nothing changed.");
            return;
        }

        var form = new FormReader(context.Turn);
        var inUse = form.Choice<YesNo>("inUse", "Still in use", required: true);
        var changed = form.Choice<YesNo>("changed", "Changes", required: true);
        var changes = form.Text("changes", "What changed", 1000, required: changed == YesNo.Yes);
        var oversight = form.Choice<YesNo>("oversight", "Human oversight", required: true);
        var testing = form.Choice<YesNo>("testing", "Testing", required: true);
        var incidents = form.Choice<YesNo>("incidents", "Incidents", required: true);
        var evidence = form.Text("evidence", "Evidence link", 500, required: false);
        if (evidence.Length > 0 && !(Uri.TryCreate(evidence, UriKind.Absolute, out var link) && link.Scheme is "https" or "http"))
        {
            form.Fail("evidence", "The evidence link must be a web address starting with https://.");
        }

        if (!form.IsValid)
        {
            var values = AttestationCard.Fields.ToDictionary(f => f, form.Raw, StringComparer.Ordinal);
            var data = AttestationCard.Data(system, schedule.NextDue(system), context.Now, context.CardId ?? CardIds.New(), values, form.Errors);
            context.Add(Reply.ShowCard(AttestationCard.TemplateId, data, "Please check the highlighted fields.") with { ReplaceMessageId = context.Turn.CardMessageId, FieldErrors = form.Errors, Outcome = CardOutcome.Invalid });
            return;
        }

        var before = system.Copy();
        var record = new AttestationRecord
        {
            SystemId = system.Id,
            DueAt = (schedule.NextDue(system) ?? context.Now).UtcDateTime,
            AnsweredAt = context.Now.UtcDateTime,
            AnsweredByKey = context.Actor.Key,
            AnsweredByName = context.Actor.User.DisplayName,
            StillInUse = inUse == YesNo.Yes,
            Changed = changed == YesNo.Yes,
            Changes = changes,
            OversightWorking = oversight == YesNo.Yes,
            TestingRepeated = testing == YesNo.Yes,
            Incidents = incidents == YesNo.Yes,
            EvidenceUrl = evidence,
            CardId = context.CardId ?? "",
        };
        attestations.Add(record);
        system.LastAttestedAt = context.Now.UtcDateTime;
        system.UpdatedAt = context.Now.UtcDateTime;
        var lines = new List<string>();
        if (record.Changed)
        {
            // The significant-change path: the system is marked for re-assessment.
            system.Stage = LifecycleStage.UnderReassessment;
            lines.Add("You said it changed, so it is now **under reassessment**: its impact assessment will be asked for again.");
        }

        systems.Update(system);
        audit.Record(context.Actor, record.Changed ? "aisystem.attested-changed" : "aisystem.attested", "aisystem:" + system.Id, before, system);
        context.CardConsumed = true;
        var next = schedule.NextDue(system);
        lines.Add(next is { } at ? "Next attestation " + DueWords.Of(at, context.Now) + "." : "No further attestation is due while it is under reassessment.");
        context.ReplaceCard("notice", new JsonObject
        {
            ["title"] = string.Create(CultureInfo.InvariantCulture, $"Thank you: {system.Id} attested"),
            ["tone"] = "good",
            ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)l)]),
        }, $"Recorded your attestation for {system.Id}.");
    }

    private AiSystem? Find(DialogContext context, string argument)
    {
        var id = argument.Trim().ToUpperInvariant();
        var system = id.Length is > 0 and <= 20 ? systems.Get(id) : null;
        if (system is null)
        {
            context.Say(id.Length == 0 ? "Which system? Type **attest AI-0001**." : $"I don't know an AI system “{Markdown.Escape(id.Length > 20 ? id[..20] + "…" : id)}”. Type **systems** for the list.");
            return null;
        }

        if (!MayAttest(context.Actor, system))
        {
            context.Say($"Only the owner of {system.Id} ({Markdown.Escape(system.RequesterName)}), its business owner or an AIMS admin can attest it.");
            return null;
        }

        if (!AttestationSchedule.Applies(system))
        {
            context.Say($"{system.Id} needs no attestation: only approved systems in production are attested.");
            return null;
        }

        return system;
    }
}
