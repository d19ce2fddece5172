using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Inventory;
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
        new("attest", "attest AI-0001 [snooze day | snooze week | delegate @person | delegate none]", "Attest that an AI system you own is still as registered (or say what changed); snooze it (twice at most) or delegate it."),
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
                Command(context);
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

    public static bool MayAttest(Actor actor, AiSystem system) => MayAttest(actor, SystemHeader.Of(system));

    public static bool MayAttest(Actor actor, SystemHeader system) =>
        IsOwner(actor, system) || (system.AttestationDelegateKey.Length > 0 && string.Equals(actor.Key, system.AttestationDelegateKey, StringComparison.Ordinal));

    /// <summary>The owner, the business owner or an admin: who may delegate (the delegate may attest and snooze, not delegate).</summary>
    public static bool IsOwner(Actor actor, AiSystem system) => IsOwner(actor, SystemHeader.Of(system));

    public static bool IsOwner(Actor actor, SystemHeader system) =>
        actor.IsAdmin || string.Equals(actor.Key, system.RequesterKey, StringComparison.Ordinal) || string.Equals(actor.Key, system.BusinessOwnerKey, StringComparison.Ordinal);

    /// <summary><c>attest AI-0001</c>, <c>attest AI-0001 snooze day|week</c> or <c>attest AI-0001 delegate @person|none</c>.</summary>
    private void Command(DialogContext context)
    {
        var words = context.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2)
        {
            Open(context, context.Arguments);
            return;
        }

        if (Find(context, words[0]) is not { } system)
        {
            return;
        }

        var before = system.Copy();
        var done = words[1].ToLowerInvariant() switch
        {
            "snooze" => AttestationActions.Snooze(context, system, schedule, words.Length > 2 ? words[2] : ""),
            "delegate" => AttestationActions.Delegate(context, system, words.Length > 2 ? words[2] : ""),
            _ => Unknown(context, system),
        };
        if (done is { } action)
        {
            system.UpdatedAt = context.Now.UtcDateTime;
            systems.Update(system);
            audit.Record(context.Actor, action, "aisystem:" + system.Id, before, system);
        }
    }

    private static string? Unknown(DialogContext context, AiSystem system)
    {
        context.Say($"Type **attest {system.Id}**, **attest {system.Id} snooze day** (or **week**), or **attest {system.Id} delegate @person** (or **none**).");
        return null;
    }

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
        system.AttestationSnoozedUntil = null;
        system.AttestationSnoozes = 0;
        var marked = record.Changed && SignificantChanges.Mark(system, ["declared in an attestation: " + Shorten(record.Changes)], context.Now.UtcDateTime);
        if (marked)
        {
            // The significant-change path: the system is marked for re-assessment (risk and impact assessments again).
            lines.Add("You said it changed, so it is now marked **re-assessment due**: its risk and impact assessments will be asked for again.");
        }

        systems.Update(system);
        audit.Record(context.Actor, record.Changed ? "aisystem.attested-changed" : "aisystem.attested", "aisystem:" + system.Id, before, system);
        if (marked)
        {
            audit.Record(context.Actor, "aisystem.reassessment-due", "aisystem:" + system.Id, null, new { reasons = system.ReassessmentReasons });
        }

        context.CardConsumed = true;
        var next = schedule.NextDue(system);
        lines.Add(next is { } at ? "Next attestation " + DueWords.Of(at, context.Now) + "." : "No further attestation is due.");
        context.ReplaceCard("notice", new JsonObject
        {
            ["title"] = string.Create(CultureInfo.InvariantCulture, $"Thank you: {system.Id} attested"),
            ["tone"] = "good",
            ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)l)]),
        }, $"Recorded your attestation for {system.Id}.");
    }

    private static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;

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
            context.Say($"Only the owner of {system.Id} ({Markdown.Escape(system.RequesterName)}), its business owner, the person they delegated to or an AIMS admin can attest it.");
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
