using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>
/// The "Snooze a day" and "Snooze a week" buttons (the attestation card, the due bundle). The button carries the
/// due date it snoozes: pressed again, or after the attestation was answered or snoozed elsewhere, it changes
/// nothing. Pressed on the open attestation form's card, it closes the form and replaces the card.
/// </summary>
public sealed class AttestationSnoozeDialog(IAiSystemStore systems, AttestationSchedule schedule, IAuditLog audit) : IDialog
{
    public static readonly Verb SnoozeVerb = new("attest/snooze");

    public string Name => "attest-snooze";

    public IReadOnlyList<CommandInfo> Commands { get; } = [];

    public IReadOnlyList<Verb> Verbs { get; } = [SnoozeVerb];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (context.Kind == InvocationKind.CardAction)
        {
            Snooze(context);
        }

        return ValueTask.CompletedTask;
    }

    private void Snooze(DialogContext context)
    {
        if (AttestDialog.Problem(systems, context.Actor, context.Turn.Value("system") ?? "", out var system) is { } problem)
        {
            context.Refuse(problem);
            return;
        }

        var due = schedule.NextDue(system!);
        if (due is null || !string.Equals(AttestationSchedule.Stamp(due.Value), context.Turn.Value("dueDate"), StringComparison.Ordinal))
        {
            context.Refuse($"The attestation of {system!.Id} was answered or snoozed since this card was sent, so nothing changed. Type **attestations {system.Id}** to see when it is due.");
            return;
        }

        var before = system!.Copy();
        var result = AttestationActions.Snooze(system, schedule, context.Turn.Value("length") ?? "", context.Now);
        if (!result.Changed)
        {
            context.Refuse(result.Message);
            return;
        }

        system.UpdatedAt = context.Now.UtcDateTime;
        systems.Update(system);
        audit.Record(context.Actor, AttestationActions.SnoozedAction, "aisystem:" + system.Id, before, system);
        if (OnFormCard(context, system.Id))
        {
            // The open attestation of this system: its card is replaced, so its answers cannot be sent after the snooze.
            context.State.End();
            context.CardConsumed = true;
            context.Add(Reply.ShowCard("notice", new JsonObject { ["title"] = $"{system.Id} snoozed", ["lines"] = new JsonArray(result.Message) }, result.Message) with
            {
                ReplaceMessageId = context.Turn.CardMessageId,
                Outcome = CardOutcome.Done,
            });
            return;
        }

        context.Add(Reply.Say(result.Message) with { Outcome = CardOutcome.Done });
    }

    /// <summary>Whether the button is on the current card of this person's open attestation form for the system.</summary>
    private static bool OnFormCard(DialogContext context, string systemId) =>
        context.State.Form is { Form: "attest" } open && open.Subject == systemId
        && FormCardId.TryParse(context.CardId, out var card) && card.InstanceId == open.InstanceId && card.BelongsTo(context.Actor.Key);
}
