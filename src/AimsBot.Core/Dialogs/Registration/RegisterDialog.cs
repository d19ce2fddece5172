using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Approval;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Inventory;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>
/// The inventory form, declared on the form engine: <c>register</c> (three short cards, then a pending
/// record and approval cards to the committee), <c>edit AI-0001</c> (every card prefilled; only changed
/// fields saved, each audit-logged), and "complete the record" (the two detail cards, sent to the owner
/// after approval).
/// </summary>
public sealed class RegisterDialog(
    IAiSystemStore systems,
    SystemEditor editor,
    ApprovalFlow approvals,
    PeopleDirectory people,
    IOptions<InventoryOptions> options) : FormDialog<SystemDraft>(DialogName)
{
    public const string DialogName = "register";

    public static readonly Verb CompleteVerb = new("register/complete");

    private readonly IReadOnlyList<FormStep<SystemDraft>> _steps = new SystemFormSteps(systems, new PersonField(people), options.Value.Classifications).All();

    public override string Noun => "registration";

    public override IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("register", "register", "Register a new AI tool or system for the inventory (three short cards).") { Menu = "Register a new AI tool or system for the inventory" },
        new("edit", "edit AI-0001", "Owner or admin: change an AI system's record; every changed field is recorded."),
    ];

    protected override IReadOnlyList<Verb> StartVerbs => [CompleteVerb];

    protected override IReadOnlyList<FormStep<SystemDraft>> Steps => _steps;

    protected override void OnStartVerb(DialogContext context)
    {
        var id = context.Turn.Value("systemId") ?? "";
        var start = BeginEdit(context, id, detailsOnly: true);
        if (start is null)
        {
            return;
        }

        if (context.State.Form is { } open)
        {
            FormResume.Offer(context, open, this);
            return;
        }

        StartNew(context, "complete " + id);
    }

    protected override FormStart<SystemDraft>? Begin(DialogContext context, string arguments)
    {
        if (arguments.StartsWith("complete ", StringComparison.Ordinal))
        {
            return BeginEdit(context, arguments["complete ".Length..], detailsOnly: true);
        }

        if (context.Command == "edit" || arguments.StartsWith("edit ", StringComparison.Ordinal))
        {
            return BeginEdit(context, arguments.StartsWith("edit ", StringComparison.Ordinal) ? arguments[5..] : arguments, detailsOnly: false);
        }

        var prefill = arguments.Length > SystemFormSteps.NameMax ? "" : arguments;
        return new FormStart<SystemDraft>(new SystemDraft { Name = prefill });
    }

    protected override void OnCommand(DialogContext context)
    {
        if (context.State.Form is { } open)
        {
            FormResume.Offer(context, open, this);
            return;
        }

        StartNew(context, context.Command == "edit" ? "edit " + context.Arguments : context.Arguments);
    }

    private FormStart<SystemDraft>? BeginEdit(DialogContext context, string argument, bool detailsOnly)
    {
        var id = SystemNames.ParseId(argument.Trim());
        var system = id is null ? null : systems.Get(id);
        if (system is null)
        {
            context.Add(Reply.Say(argument.Trim().Length == 0
                ? "Which one? Type for example **edit AI-0001**."
                : $"There is no AI system “{Markdown.Escape(Shorten(argument.Trim()))}”. Ids look like AI-0001; type **systems** for the list.") with
            { Outcome = context.Kind == InvocationKind.CardAction ? CardOutcome.Refused : null });
            return null;
        }

        if (!SystemEditor.MayEdit(context.Actor, system))
        {
            context.Add(Reply.Say($"Only the business owner of {system.Id} ({Markdown.Escape(system.BusinessOwnerName)}) or an AIMS admin can change it.") with { Outcome = context.Kind == InvocationKind.CardAction ? CardOutcome.Refused : null });
            return null;
        }

        var draft = SystemDraftMapping.FromSystem(system);
        draft.DetailsOnly = detailsOnly;
        return new FormStart<SystemDraft>(draft, system.Id, detailsOnly ? $"record of {system.Id}" : $"edit of {system.Id}");
    }

    protected override void Complete(DialogContext context, FormInstance instance, SystemDraft draft, string cardId)
    {
        if (draft.Editing)
        {
            var result = editor.Save(context, draft);
            if (result.Refusal is { } refusal)
            {
                Refuse(context, refusal);
                return;
            }

            Finish(context, "system-saved", result.Card!, result.Summary);
            foreach (var notice in result.Notices)
            {
                context.Add(notice);
            }

            return;
        }

        // A repeated delivery of the same final card finds what it created the first time.
        var system = systems.FindBySourceCard(cardId);
        if (system is null)
        {
            var created = new AiSystem
            {
                RequesterKey = context.Actor.Key,
                RequesterName = context.Actor.User.DisplayName,
                RegisteredAt = context.Now.UtcDateTime,
                UpdatedAt = context.Now.UtcDateTime,
                SourceCardId = cardId,
                RequesterConversationKey = context.Turn.Conversation.Key,
            };
            SystemDraftMapping.Apply(draft, created);
            system = editor.Register(context, created);
        }

        var (_, requests) = approvals.Request(context, SystemApprovalSubject.KindName, system.Id, $"{system.Id} {system.Name}");
        var routed = requests.Count == 0
            ? "No committee member has chatted with me yet, so nobody was notified: ask a committee member to type **approvals**."
            : $"Sent to {requests.Count} committee member{(requests.Count == 1 ? "" : "s")} for approval. I'll tell you the outcome.";
        var summary = new JsonObject
        {
            ["id"] = system.Id,
            ["name"] = Markdown.Escape(system.Name),
            ["facts"] = SystemView.Facts(system, context.Now, full: false),
            ["routed"] = routed,
        };
        Finish(context, "register-summary", summary, $"Registered {system.Id}: {system.Name}. {routed}");
        foreach (var request in requests)
        {
            context.Add(request);
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
