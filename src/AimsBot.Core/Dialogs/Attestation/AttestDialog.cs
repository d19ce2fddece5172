using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>
/// Periodic attestations on the form engine: <c>attest AI-0001</c> (or the button in the day's reminders) opens
/// the one-card form for the system's owner, business owner, delegate or an admin; the engine gives card identity
/// (an older card, or somebody else's, changes nothing), errors in place, the resume offer and typed outcomes. The
/// answer is stored, audit-logged and moves the next due date; "yes, changed" marks the system for re-assessment.
/// <c>attest AI-0001 snooze day|week</c> and <c>attest AI-0001 delegate @person|none</c> are typed here too;
/// <c>attestations [mine | overdue | AI-0001]</c> lists them.
/// </summary>
public sealed class AttestDialog : FormDialog<AttestationDraft>
{
    public static readonly Verb OpenVerb = new("attest/open");

    private readonly IAiSystemStore systems;
    private readonly IAttestationStore attestations;
    private readonly AttestationSchedule schedule;
    private readonly IAuditLog audit;

    public AttestDialog(IAiSystemStore systems, IAttestationStore attestations, AttestationSchedule schedule, IAuditLog audit)
        : base("attest")
    {
        this.systems = systems;
        this.attestations = attestations;
        this.schedule = schedule;
        this.audit = audit;
        Steps =
        [
            new(AttestationCard.TemplateId, AttestationCard.Fields, AttestationCard.Read, AttestationCard.Show)
            {
                Data = view => systems.Get(view.Draft.SystemId) is { } system ? AttestationCard.Data(system, schedule.NextDue(system), view.Actor, view.Now) : [],
            },
        ];
    }

    public override string Noun => "attestation";

    public override IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("attest", "attest AI-0001 [snooze day | snooze week | delegate @person | delegate none]", "Attest that an AI system you own is still as registered (or say what changed); snooze it (twice at most) or delegate it."),
        new("attestations", "attestations [mine | overdue | AI-0001]", "Attestations due and done: yours, the overdue ones, or one system's history."),
    ];

    protected override IReadOnlyList<Verb> StartVerbs { get; } = [OpenVerb];

    protected override IReadOnlyList<FormStep<AttestationDraft>> Steps { get; }

    public static bool MayAttest(Actor actor, AiSystem system) => MayAttest(actor, SystemHeader.Of(system));

    public static bool MayAttest(Actor actor, SystemHeader system) =>
        IsOwner(actor, system) || (system.AttestationDelegateKey.Length > 0 && string.Equals(actor.Key, system.AttestationDelegateKey, StringComparison.Ordinal));

    /// <summary>The owner, the business owner or an admin: who may delegate (the delegate may attest and snooze, not delegate).</summary>
    public static bool IsOwner(Actor actor, AiSystem system) => IsOwner(actor, SystemHeader.Of(system));

    public static bool IsOwner(Actor actor, SystemHeader system) =>
        actor.IsAdmin || string.Equals(actor.Key, system.RequesterKey, StringComparison.Ordinal) || string.Equals(actor.Key, system.BusinessOwnerKey, StringComparison.Ordinal);

    /// <summary>Why this person cannot attest the system named (not found, not theirs, owes none), or null with the system.</summary>
    public static string? Problem(IAiSystemStore systems, Actor actor, string argument, out AiSystem? system)
    {
        var id = argument.Trim().ToUpperInvariant();
        system = id.Length is > 0 and <= 20 ? systems.Get(id) : null;
        if (system is null)
        {
            return id.Length == 0 ? "Which system? Type **attest AI-0001**." : $"I don't know an AI system “{Markdown.Escape(id.Length > 20 ? id[..20] + "…" : id)}”. Type **systems** for the list.";
        }

        if (!MayAttest(actor, system))
        {
            return $"Only the owner of {system.Id} ({Markdown.Escape(system.RequesterName)}), its business owner, the person they delegated to or an AIMS admin can attest it.";
        }

        return AttestationSchedule.Applies(system) ? null : $"{system.Id} needs no attestation: only approved systems in production are attested.";
    }

    protected override void OnCommand(DialogContext context)
    {
        if (context.Command == "attestations")
        {
            AttestationList.Show(context, systems, attestations, schedule);
            return;
        }

        var words = context.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2)
        {
            StartOrResume(context, context.Arguments);
            return;
        }

        if (Problem(systems, context.Actor, words[0], out var system) is { } problem)
        {
            context.Say(problem);
            return;
        }

        var before = system!.Copy();
        var argument = words.Length > 2 ? words[2] : "";
        var (action, result) = words[1].ToLowerInvariant() switch
        {
            "snooze" => (AttestationActions.SnoozedAction, AttestationActions.Snooze(system, schedule, argument, context.Now)),
            "delegate" when AttestationActions.DelegateRefusal(context.Actor, system) is { } refusal => ("", new AttestationActions.Result(false, refusal)),
            "delegate" => (AttestationActions.DelegatedAction, AttestationActions.DelegateTyped(context, system, argument)),
            _ => ("", new AttestationActions.Result(false, $"Type **attest {system.Id}**, **attest {system.Id} snooze day** (or **week**), or **attest {system.Id} delegate @person** (or **none**).")),
        };
        context.Say(result.Message);
        if (result.Changed)
        {
            system.UpdatedAt = context.Now.UtcDateTime;
            systems.Update(system);
            audit.Record(context.Actor, action, "aisystem:" + system.Id, before, system);
        }
    }

    protected override void OnStartVerb(DialogContext context) => StartOrResume(context, context.Turn.Value("system") ?? "");

    /// <summary>Who may attest is checked before an unfinished form is offered, so nobody learns of a card they may not fill in.</summary>
    protected override string? Precheck(DialogContext context, string arguments) => Problem(systems, context.Actor, arguments, out _);

    protected override string? Refusal(DialogContext context) =>
        systems.Get(context.Turn.Value("system") ?? "") is { } system && !MayAttest(context.Actor, system)
            ? $"Only the owner of {system.Id} ({Markdown.Escape(system.RequesterName)}), its business owner, the person they delegated to or an AIMS admin can attest it. Nothing was saved."
            : null;

    protected override FormStart<AttestationDraft>? Begin(DialogContext context, string arguments)
    {
        if (Problem(systems, context.Actor, arguments, out var system) is { } problem)
        {
            context.Say(problem);
            return null;
        }

        return new FormStart<AttestationDraft>(new AttestationDraft { SystemId = system!.Id, OpenedAttestedAt = system.LastAttestedAt }, system.Id, $"attestation of {system.Id}");
    }

    protected override void Complete(DialogContext context, FormInstance instance, AttestationDraft draft, string cardId)
    {
        if (Problem(systems, context.Actor, draft.SystemId, out var system) is { } problem)
        {
            context.State.End();
            Refuse(context, problem + " Nothing was saved.");
            return;
        }

        if (system!.LastAttestedAt != draft.OpenedAttestedAt || attestations.ExistsForCard(cardId))
        {
            context.State.End();
            var history = attestations.ForSystem(system.Id);
            var by = history.Count > 0 ? history[0].AnsweredByName : "someone";
            Refuse(context, $"{system.Id} was attested by {Markdown.Escape(by)} after this card was opened, so nothing was saved. Type **attestations {system.Id}** to see it.");
            return;
        }

        Finish(context, "notice", Save(context, system, draft, cardId), $"Recorded your attestation for {system.Id}.");
    }

    private JsonObject Save(DialogContext context, AiSystem system, AttestationDraft draft, string cardId)
    {
        var before = system.Copy();
        var record = new AttestationRecord
        {
            SystemId = system.Id,
            DueAt = (schedule.NextDue(system) ?? context.Now).UtcDateTime,
            AnsweredAt = context.Now.UtcDateTime,
            AnsweredByKey = context.Actor.Key,
            AnsweredByName = context.Actor.User.DisplayName,
            StillInUse = draft.StillInUse,
            Changed = draft.Changed,
            Changes = draft.Changes,
            OversightWorking = draft.OversightWorking,
            TestingRepeated = draft.TestingRepeated,
            Incidents = draft.Incidents,
            EvidenceUrl = draft.EvidenceUrl,
            CardId = cardId,
        };
        attestations.Add(record);
        system.LastAttestedAt = context.Now.UtcDateTime;
        system.UpdatedAt = context.Now.UtcDateTime;
        system.AttestationSnoozedUntil = null;
        system.AttestationSnoozes = 0;
        var lines = new List<string>();
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

        var next = schedule.NextDue(system);
        lines.Add(next is { } at ? "Next attestation " + DueWords.Of(at, context.Now) + "." : "No further attestation is due.");
        return new JsonObject
        {
            ["title"] = string.Create(CultureInfo.InvariantCulture, $"Thank you: {system.Id} attested"),
            ["tone"] = "good",
            ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)l)]),
        };
    }

    private static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
