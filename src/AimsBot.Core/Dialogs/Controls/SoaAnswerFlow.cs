using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>Opens the answer card for a control and saves what its owner (or an admin) submits.</summary>
public sealed class SoaAnswerFlow(ControlQueries queries, ControlService service, IEvidenceStore evidence)
{
    /// <summary>How many items filed under the linked ISO 27001 controls are offered for sharing.</summary>
    public const int MaxShared = 30;

    private static readonly string[] Fields =
        ["applicability", "reasons", "justification", "implementation", "status", "targetDate", "nextReview", "keepEvidence", "evidenceTitle", "evidenceLocation", "evidenceIso27001"];

    public void Open(DialogContext context, string argument)
    {
        var lookup = queries.Resolve(argument);
        if (lookup.Kind == ControlLookupKind.Iso27001)
        {
            context.Say($"{lookup.Iso27001!.Id} is an ISO 27001 control; the SoA here covers the ISO/IEC 42001 controls. Type **control 27001:{lookup.Iso27001.Id}** to see which of them build on it.");
            return;
        }

        if (lookup.Kind != ControlLookupKind.Iso42001)
        {
            context.Say(ControlView.NotFound(lookup, argument, "answer A.6.2.8"));
            return;
        }

        var row = queries.Row(lookup.Control!);
        if (!ControlService.MayAnswer(context.Actor, row.Record))
        {
            context.Say(Refusal(row));
            return;
        }

        var candidates = Candidates(row);
        var kept = evidence.ForIso42001(row.Control.Id).Select(e => e.Id).ToHashSet();
        context.Show(SoaAnswerForm.Template, SoaAnswerForm.Card(row, candidates, kept, null, null, queries.Catalogue), $"Answer the control questions for {row.Control.Id} {row.Control.Title}.");
    }

    public void Submit(DialogContext context)
    {
        var id = context.Turn.Value("control") ?? "";
        var control = queries.Catalogue.Find(id);
        if (control is null)
        {
            context.Say("That card is for a control I don't know, so nothing was saved. Type **controls** for the list.");
            return;
        }

        var row = queries.Row(control);
        if (!ControlService.MayAnswer(context.Actor, row.Record))
        {
            context.Say(Refusal(row) + " Nothing was saved.");
            return;
        }

        var candidates = Candidates(row);
        var form = new FormReader(context.Turn);
        var answer = SoaAnswerForm.Read(form, row, candidates.Select(e => e.Id).ToHashSet(), DateOnly.FromDateTime(context.Now.UtcDateTime));
        var outcome = form.IsValid ? service.Answer(context.Actor, control, answer) : ControlOutcome.Invalid(form.Errors);
        if (!outcome.Succeeded && outcome.Errors.Count == 0)
        {
            context.Say(outcome.Message);
            return;
        }

        if (!outcome.Succeeded)
        {
            var values = Fields.ToDictionary(f => f, form.Raw, StringComparer.Ordinal);
            var kept = evidence.ForIso42001(row.Control.Id).Select(e => e.Id).ToHashSet();
            var data = SoaAnswerForm.Card(row, candidates, kept, values, outcome.Errors, queries.Catalogue);
            context.Add(Reply.ShowCard(SoaAnswerForm.Template, data, "Please check the highlighted fields.") with
            {
                ReplaceMessageId = context.Turn.CardMessageId,
                FieldErrors = outcome.Errors,
                Outcome = CardOutcome.Invalid,
            });
            return;
        }

        context.CardConsumed = true;
        var saved = queries.Row(control);
        var detail = ControlCards.Detail(saved, evidence.ForIso42001(control.Id), queries.Catalogue, context.Now, canAnswer: true, twin: null);
        context.ReplaceCard("control", detail, $"Saved your answer for {control.Id}: {ControlView.Soa(saved.Record)}, {ControlView.Status(saved.Record)}.");
    }

    /// <summary>Evidence this control has, plus evidence already filed for its linked ISO 27001 controls (to share, not duplicate).</summary>
    private List<EvidenceItem> Candidates(ControlRow row)
    {
        var linked = evidence.ForIso42001(row.Control.Id);
        var ids = linked.Select(e => e.Id).ToHashSet();
        var shared = row.Links.SelectMany(evidence.ForIso27001).Where(e => ids.Add(e.Id)).OrderBy(e => e.Id).Take(MaxShared);
        return [.. linked, .. shared];
    }

    private static string Refusal(ControlRow row) => row.Record.OwnerKey.Length == 0
        ? $"{row.Control.Id} has no owner yet, so only an AIMS admin can answer it. An admin can assign it with **assign {row.Control.Id} @person**."
        : $"Only the owner of {row.Control.Id} ({Markdown.Escape(row.Record.OwnerName)}) or an AIMS admin can answer it.";
}
