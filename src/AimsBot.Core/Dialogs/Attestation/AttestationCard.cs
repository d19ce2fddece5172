using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>
/// The attestation card (one step of the <c>attest</c> form): the questions, reading the answers back into the
/// draft, and the card data, with the snooze and delegate buttons when they apply.
/// </summary>
public static class AttestationCard
{
    public const string TemplateId = "attestation";
    public const int MaxChanges = 1000;
    public const int MaxEvidence = 500;

    public static readonly string[] Fields = ["inUse", "changed", "changes", "oversight", "testing", "incidents", "evidence"];

    public static void Read(FormStepInput input, AttestationDraft draft)
    {
        var form = input.Reader;
        draft.Values = Fields.ToDictionary(f => f, form.Raw, StringComparer.Ordinal);
        var inUse = form.Choice<YesNo>("inUse", "Still in use", required: true);
        var changed = form.Choice<YesNo>("changed", "Changes", required: true);
        draft.Changes = form.Text("changes", "What changed", MaxChanges, required: changed == YesNo.Yes);
        var oversight = form.Choice<YesNo>("oversight", "Human oversight", required: true);
        var testing = form.Choice<YesNo>("testing", "Testing", required: true);
        var incidents = form.Choice<YesNo>("incidents", "Incidents", required: true);
        draft.EvidenceUrl = form.Text("evidence", "Evidence link", MaxEvidence, required: false);
        if (draft.EvidenceUrl.Length > 0 && !(Uri.TryCreate(draft.EvidenceUrl, UriKind.Absolute, out var link) && link.Scheme is "https" or "http"))
        {
            form.Fail("evidence", "The evidence link must be a web address starting with https://.");
        }

        draft.StillInUse = inUse == YesNo.Yes;
        draft.Changed = changed == YesNo.Yes;
        draft.OversightWorking = oversight == YesNo.Yes;
        draft.TestingRepeated = testing == YesNo.Yes;
        draft.Incidents = incidents == YesNo.Yes;
    }

    public static Dictionary<string, string> Show(AttestationDraft draft) =>
        draft.Values ?? Fields.ToDictionary(f => f, _ => "", StringComparer.Ordinal);

    /// <summary>What the card shows besides its inputs: the system, when it is due, and which buttons apply to this person.</summary>
    public static JsonObject Data(AiSystem system, DateTimeOffset? due, Actor actor, DateTimeOffset now)
    {
        var snooze = due is { } at && at - now <= AttestationActions.SnoozeWindow && system.AttestationSnoozes < AttestationOptions.MaxSnoozes;
        return new JsonObject
        {
            ["id"] = system.Id,
            ["name"] = Markdown.Escape(system.Name),
            ["due"] = due is { } when ? DueWords.Of(when, now) : "",
            ["canSnooze"] = snooze,
            ["dueDate"] = due is { } stamp ? AttestationSchedule.Stamp(stamp) : "",
            ["canDelegate"] = AttestDialog.IsOwner(actor, system),
        };
    }
}
