using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Approval;
using AimsBot.Core.Governance;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>
/// <c>register</c>: three short cards, validated step by step, then a new inventory record
/// (pending approval), a read-only summary in place of the form, and approval cards to the committee.
/// </summary>
public sealed class RegisterDialog(IAiSystemStore systems, IAuditLog audit, ApprovalRouting approvals) : IDialog
{
    public const string DialogName = "register";

    public string Name => DialogName;

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("register", "register", "Register a new AI tool or system for the inventory (three short cards)."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        switch (context.Kind)
        {
            case InvocationKind.Command:
                Start(context);
                break;
            case InvocationKind.Continue:
                context.Say("You are registering an AI system: fill in the card above, or type **cancel** to stop.");
                break;
            case InvocationKind.CardAction:
                Act(context);
                break;
        }

        return ValueTask.CompletedTask;
    }

    private static void Start(DialogContext context)
    {
        var state = context.State;
        state.End();
        state.Begin(DialogName, "1");
        var cardId = CardIds.New();
        state.Values["cardId"] = cardId;
        var prefill = context.Arguments.Length > RegistrationForm.NameMax ? "" : context.Arguments;
        context.Show(StepTemplate(1), RegistrationCards.Step(1, cardId, new Dictionary<string, string> { ["name"] = prefill }, errors: null), "Register an AI system: step 1 of 3");
    }

    private void Act(DialogContext context)
    {
        var state = context.State;
        if (state.ActiveDialog != DialogName || !state.Values.TryGetValue("cardId", out var current) || current != context.CardId)
        {
            context.Say("This registration form is no longer active (it was finished, cancelled or replaced). Type **register** to start a new one.");
            return;
        }

        var step = context.Verb switch
        {
            "register/step1" => 1,
            "register/step2" => 2,
            "register/step3" => 3,
            "register/cancel" => 0,
            _ => -1,
        };
        if (step <= 0)
        {
            state.End();
            context.CardConsumed = true;
            context.ReplaceCard("notice", Notice("Registration cancelled", "Nothing was saved. Type **register** to start again."), "Registration cancelled.");
            return;
        }

        if (state.Step != step.ToString(CultureInfo.InvariantCulture))
        {
            context.Say("That step of the form was already submitted. Carry on with the newest card, or type **cancel**.");
            return;
        }

        var form = new FormReader(context.Turn);
        var values = RegistrationForm.Validate(step, form);
        if (step == 1 && form.IsValid)
        {
            WarnOfDuplicate(values["name"], state, form);
        }

        if (!form.IsValid)
        {
            var data = RegistrationCards.Step(step, current, values, form.Errors);
            context.Add(Reply.ShowCard(StepTemplate(step), data, "Please check the highlighted fields.") with
            {
                ReplaceMessageId = context.Turn.CardMessageId,
                FieldErrors = form.Errors,
            });
            return;
        }

        foreach (var (key, value) in values)
        {
            state.Values["f." + key] = value;
        }

        context.CardConsumed = true;
        if (step < RegistrationForm.Steps)
        {
            var next = step + 1;
            var cardId = CardIds.New();
            state.Values["cardId"] = cardId;
            state.Step = next.ToString(CultureInfo.InvariantCulture);
            context.ReplaceCard(StepTemplate(next), RegistrationCards.Step(next, cardId, Collected(state), errors: null), $"Register an AI system: step {next} of 3");
            return;
        }

        Create(context, current);
    }

    private void WarnOfDuplicate(string name, DialogState state, FormReader form)
    {
        var normalized = SystemNames.Normalize(name);
        var similar = systems.FindSimilar(name);
        if (similar.Count == 0 || (state.Values.TryGetValue("dupWarned", out var warned) && warned == normalized))
        {
            return;
        }

        state.Values["dupWarned"] = normalized;
        var list = string.Join(", ", similar.Select(s => $"{s.Id} “{Markdown.Escape(s.Name)}” ({SystemView.Status(s.Approval).ToLowerInvariant()})"));
        form.Fail("name", $"Already in the inventory: {list}. If yours is a different system, submit again to continue; otherwise type **cancel**.");
    }

    private void Create(DialogContext context, string cardId)
    {
        // A repeated delivery of the same final card finds what it created the first time.
        var system = systems.FindBySourceCard(cardId);
        if (system is null)
        {
            var draft = RegistrationForm.ToSystem(Collected(context.State), context.Actor);
            draft.RegisteredAt = context.Now.UtcDateTime;
            draft.UpdatedAt = context.Now.UtcDateTime;
            draft.SourceCardId = cardId;
            draft.RequesterConversationKey = context.Turn.Conversation.Key;
            system = systems.Add(draft);
            audit.Record(context.Actor, "aisystem.registered", "aisystem:" + system.Id, before: null, after: system);
        }

        context.State.End();
        var requests = approvals.RequestDecision(system, context.Now);
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
        context.ReplaceCard("register-summary", summary, $"Registered {system.Id}: {system.Name}. {routed}");
        foreach (var request in requests)
        {
            context.Add(request);
        }
    }

    private static Dictionary<string, string> Collected(DialogState state) =>
        state.Values.Where(kv => kv.Key.StartsWith("f.", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[2..], kv => kv.Value, StringComparer.Ordinal);

    private static string StepTemplate(int step) => "register-step" + step.ToString(CultureInfo.InvariantCulture);

    private static JsonObject Notice(string title, string text) => new()
    {
        ["title"] = title,
        ["lines"] = new JsonArray(text),
    };
}
