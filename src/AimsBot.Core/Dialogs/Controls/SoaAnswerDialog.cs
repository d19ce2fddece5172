using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>
/// <c>answer A.6.2.8</c> and the "Answer" buttons: the control-answer card as a one-card form on the form engine.
/// The card belongs to its form instance, so an older card of the same person changes nothing; an answer saved by
/// someone else after the card was opened is not overwritten.
/// </summary>
public sealed class SoaAnswerDialog : FormDialog<SoaAnswerDraft>
{
    /// <summary>How many items filed under the linked ISO 27001 controls are offered for sharing.</summary>
    public const int MaxShared = 30;

    /// <summary>The "Answer" button on the control, due and owner cards.</summary>
    public static readonly Verb OpenVerb = new("soa/open");

    private readonly ControlQueries queries;
    private readonly ControlService service;
    private readonly IEvidenceStore evidence;

    public SoaAnswerDialog(ControlQueries queries, ControlService service, IEvidenceStore evidence)
        : base("answer")
    {
        this.queries = queries;
        this.service = service;
        this.evidence = evidence;
        Steps =
        [
            new(SoaAnswerForm.Template, SoaAnswerForm.Fields, Read, Show)
            {
                Data = view => CardData(view.Draft),
            },
        ];
    }

    public override string Noun => "SoA answer";

    public override IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("answer", "answer A.6.2.8", "Answer the control questions for a control you own."),
    ];

    protected override IReadOnlyList<Verb> StartVerbs { get; } = [OpenVerb];

    protected override IReadOnlyList<FormStep<SoaAnswerDraft>> Steps { get; }

    protected override void OnStartVerb(DialogContext context) => StartOrResume(context, context.Turn.Value("control") ?? "");

    /// <summary>Who may answer is checked before an unfinished form is offered, so nobody learns of a card they may not fill in.</summary>
    protected override string? Precheck(DialogContext context, string arguments) => Problem(context, arguments, out _);

    protected override FormStart<SoaAnswerDraft>? Begin(DialogContext context, string arguments)
    {
        if (Problem(context, arguments, out var row) is { } problem)
        {
            context.Say(problem);
            return null;
        }

        var draft = new SoaAnswerDraft { Control = row!.Control.Id, OpenedVersion = row.Record.UpdatedAt };
        return new FormStart<SoaAnswerDraft>(draft, row.Control.Id, $"answer for {row.Control.Id}");
    }

    /// <summary>Why the person cannot answer the control named, or null (with its row).</summary>
    private string? Problem(DialogContext context, string argument, out ControlRow? row)
    {
        row = null;
        var lookup = queries.Resolve(argument);
        if (lookup.Kind == ControlLookupKind.Iso27001)
        {
            return $"{lookup.Iso27001!.Id} is an ISO 27001 control; the SoA here covers the ISO/IEC 42001 controls. Type **control 27001:{lookup.Iso27001.Id}** to see which of them build on it.";
        }

        if (lookup.Kind != ControlLookupKind.Iso42001)
        {
            return ControlView.NotFound(lookup, argument, "answer A.6.2.8");
        }

        row = queries.Row(lookup.Control!);
        return ControlService.MayAnswer(context.Actor, row.Record) ? null : RefusalFor(row);
    }

    protected override string? Refusal(DialogContext context)
    {
        var control = queries.Catalogue.Find(context.Turn.Value("control") ?? "");
        if (control is null)
        {
            return null;
        }

        var row = queries.Row(control);
        return ControlService.MayAnswer(context.Actor, row.Record) ? null : RefusalFor(row) + " Nothing was saved.";
    }

    protected override void Complete(DialogContext context, FormInstance instance, SoaAnswerDraft draft, string cardId)
    {
        var control = queries.Catalogue.Find(draft.Control)!;
        var record = queries.Row(control).Record;
        if (record.UpdatedAt != draft.OpenedVersion)
        {
            context.State.End();
            Refuse(context, $"{control.Id} was changed by {Markdown.Escape(record.UpdatedByName)} after this card was opened, so nothing was saved (your answer would have overwritten theirs). Type **answer {control.Id}** to see the current answer and change it.");
            return;
        }

        var outcome = service.Answer(context.Actor, control, draft.Answer!);
        if (!outcome.Succeeded)
        {
            Refuse(context, outcome.Errors.Count == 0 ? outcome.Message : string.Join(" ", outcome.Errors.Values));
            return;
        }

        var saved = queries.Row(control);
        var detail = ControlCards.Detail(saved, evidence.ForIso42001(control.Id), queries.Catalogue, context.Now, canAnswer: true, twin: null);
        Finish(context, "control", detail, $"Saved your answer for {control.Id}: {ControlView.Soa(saved.Record)}, {ControlView.Status(saved.Record)}.");
    }

    private void Read(FormStepInput input, SoaAnswerDraft draft)
    {
        var control = queries.Catalogue.Find(draft.Control)!;
        var row = queries.Row(control);
        var reader = input.Reader;
        draft.Values = SoaAnswerForm.Fields.ToDictionary(f => f, reader.Raw, StringComparer.Ordinal);
        var answer = SoaAnswerForm.Read(reader, row, Candidates(row).Select(e => e.Id).ToHashSet(), DateOnly.FromDateTime(input.Now.UtcDateTime));
        if (reader.IsValid)
        {
            foreach (var (field, message) in service.Check(control, row.Record, answer))
            {
                reader.Fail(field, message);
            }
        }

        draft.Answer = reader.IsValid ? answer : null;
    }

    private Dictionary<string, string> Show(SoaAnswerDraft draft) => draft.Values
        ?? SoaAnswerForm.Values(queries.Row(queries.Catalogue.Find(draft.Control)!).Record, evidence.ForIso42001(draft.Control).Select(e => e.Id));

    private System.Text.Json.Nodes.JsonObject CardData(SoaAnswerDraft draft)
    {
        var row = queries.Row(queries.Catalogue.Find(draft.Control)!);
        return SoaAnswerForm.Data(row, Candidates(row), queries.Catalogue);
    }

    /// <summary>Evidence this control has, plus evidence already filed for its linked ISO 27001 controls (to share, not duplicate).</summary>
    private List<EvidenceItem> Candidates(ControlRow row)
    {
        var linked = evidence.ForIso42001(row.Control.Id);
        var ids = linked.Select(e => e.Id).ToHashSet();
        var shared = row.Links.SelectMany(evidence.ForIso27001).Where(e => ids.Add(e.Id)).OrderBy(e => e.Id).Take(MaxShared);
        return [.. linked, .. shared];
    }

    private static string RefusalFor(ControlRow row) => row.Record.OwnerKey.Length == 0
        ? $"{row.Control.Id} has no owner yet, so only an AIMS admin can answer it. An admin can assign it with **assign {row.Control.Id} @person**."
        : $"Only the owner of {row.Control.Id} ({Markdown.Escape(row.Record.OwnerName)}) or an AIMS admin can answer it.";
}
