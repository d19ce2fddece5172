using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Dialogs.Registration;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>
/// <c>delegate AI-0001</c> and the "Delegate" buttons (attestation card, due bundle): a one-card form with the
/// platform's people picker (a typed name where there is none) to pick who attests the system on the owner's
/// behalf; left empty, the attestation goes back to the owner. Only the owner, the business owner or an admin.
/// </summary>
public sealed class DelegateDialog : FormDialog<DelegateDraft>
{
    public const string TemplateId = "attestation-delegate";

    public static readonly Verb StartVerb = new("attest/delegate");

    private readonly IAiSystemStore systems;
    private readonly IAuditLog audit;

    public DelegateDialog(IAiSystemStore systems, PeopleDirectory people, IAuditLog audit)
        : base("delegate")
    {
        this.systems = systems;
        this.audit = audit;
        var person = new PersonField(people);
        Steps =
        [
            new(TemplateId, ["person"], (input, draft) => Read(person, input, draft), draft => new Dictionary<string, string>(StringComparer.Ordinal) { ["person"] = draft.Person.Input })
            {
                Data = view => Data(person, view),
            },
        ];
    }

    public override string Noun => "delegation";

    public override IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("delegate", "delegate AI-0001", "Pick who attests an AI system on your behalf (you stay accountable), or take it back."),
    ];

    protected override IReadOnlyList<Verb> StartVerbs { get; } = [StartVerb];

    protected override IReadOnlyList<FormStep<DelegateDraft>> Steps { get; }

    protected override void OnStartVerb(DialogContext context) => StartOrResume(context, context.Turn.Value("system") ?? "");

    protected override string? Precheck(DialogContext context, string arguments) => Problem(context, arguments, out _);

    protected override string? Refusal(DialogContext context) =>
        systems.Get(context.Turn.Value("system") ?? "") is { } system && AttestationActions.DelegateRefusal(context.Actor, system) is { } refusal
            ? refusal + " Nothing was saved."
            : null;

    protected override FormStart<DelegateDraft>? Begin(DialogContext context, string arguments)
    {
        if (Problem(context, arguments, out var system) is { } problem)
        {
            context.Say(problem);
            return null;
        }

        var current = system!.AttestationDelegateKey.Length == 0
            ? PersonValue.None
            : new PersonValue(system.AttestationDelegateName, system.AttestationDelegateKey, system.AttestationDelegateName, "");
        return new FormStart<DelegateDraft>(new DelegateDraft { SystemId = system.Id, Person = current }, system.Id, $"delegation of {system.Id}");
    }

    protected override void Complete(DialogContext context, FormInstance instance, DelegateDraft draft, string cardId)
    {
        if (Problem(context, draft.SystemId, out var system) is { } problem)
        {
            context.State.End();
            Refuse(context, problem + " Nothing was saved.");
            return;
        }

        var before = system!.Copy();
        var person = draft.Person.Key.Length == 0 ? null : new PersonChoice(draft.Person.Key, draft.Person.Name);
        var result = AttestationActions.Delegate(context, system, person);
        if (result.Changed)
        {
            system.UpdatedAt = context.Now.UtcDateTime;
            systems.Update(system);
            audit.Record(context.Actor, AttestationActions.DelegatedAction, "aisystem:" + system.Id, before, system);
        }

        Finish(context, "notice", new() { ["title"] = result.Changed ? $"{system.Id}: attestation delegated" : $"{system.Id}: nothing changed", ["lines"] = new System.Text.Json.Nodes.JsonArray(result.Message) }, result.Message);
    }

    private static void Read(PersonField field, FormStepInput input, DelegateDraft draft)
    {
        var picked = field.Read(input, "person", "The person", draft.Person, editing: true, emptyMeansMe: false);
        if (picked.Input.Length > 0 && picked.Key.Length == 0)
        {
            input.Reader.Fail("person", $"I don't know anyone called “{Markdown.Escape(picked.Input)}” yet: pick them from the list, or ask them to say hello to me first.");
            return;
        }

        draft.Person = picked;
    }

    private System.Text.Json.Nodes.JsonObject Data(PersonField field, FormView<DelegateDraft> view)
    {
        var data = field.Data("person", view.Draft.Person, editing: true, view.Conversation);
        if (systems.Get(view.Draft.SystemId) is { } system)
        {
            data["id"] = system.Id;
            data["name"] = Markdown.Escape(system.Name);
            data["current"] = system.AttestationDelegateKey.Length == 0
                ? $"{Markdown.Escape(system.RequesterName)} attests it now."
                : $"{Markdown.Escape(system.AttestationDelegateName)} attests it now, for {Markdown.Escape(system.RequesterName)}.";
        }

        return data;
    }

    /// <summary>Why this person cannot delegate the system named, or null with the system.</summary>
    private string? Problem(DialogContext context, string argument, out AiSystem? system)
    {
        var id = argument.Trim().ToUpperInvariant();
        system = id.Length is > 0 and <= 20 ? systems.Get(id) : null;
        if (system is null)
        {
            return id.Length == 0 ? "Which system? Type **delegate AI-0001**." : $"I don't know an AI system “{Markdown.Escape(id.Length > 20 ? id[..20] + "…" : id)}”. Type **systems** for the list.";
        }

        return AttestationActions.DelegateRefusal(context.Actor, system);
    }
}
