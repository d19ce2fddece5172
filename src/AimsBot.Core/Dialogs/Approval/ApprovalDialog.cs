using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using Humanizer;

namespace AimsBot.Core.Dialogs.Approval;

/// <summary>
/// Committee decisions on registrations: <c>approvals</c> lists what is pending; the approval card
/// approves, approves with conditions or rejects (a reason required), once.
/// </summary>
public sealed class ApprovalDialog(IAiSystemStore systems, IAuditLog audit) : IDialog
{
    public const int NoteMax = 1000;

    public string Name => "approval";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("approvals", "approvals", "Committee: registrations waiting for a decision, each with its approval card."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (context.Kind == InvocationKind.CardAction && context.Verb == "approval/decide")
        {
            Decide(context);
        }
        else if (context.Kind == InvocationKind.Command)
        {
            ListPending(context);
        }

        return ValueTask.CompletedTask;
    }

    private void ListPending(DialogContext context)
    {
        if (!context.Actor.IsCommittee)
        {
            context.Say("Only governance committee members decide on registrations. Your AIMS admin can add you to the committee.");
            return;
        }

        var pending = systems.All().Where(s => s.Approval == ApprovalStatus.Pending).Take(10).ToList();
        if (pending.Count == 0)
        {
            context.Say("Nothing is waiting for approval.");
            return;
        }

        context.Say($"{"registration".ToQuantity(pending.Count)} waiting for a decision{(pending.Count == 10 ? " (the oldest 10)" : "")}:");
        foreach (var system in pending)
        {
            context.Add(ApprovalRouting.Card(system, context.Now, CardIds.New()));
        }
    }

    private void Decide(DialogContext context)
    {
        var id = SystemNames.ParseId(context.Turn.Value("systemId") ?? "");
        var system = id is null ? null : systems.Get(id);
        if (system is null)
        {
            context.Say("I can't find the AI system this card is about.");
            return;
        }

        if (!context.Actor.IsCommittee)
        {
            context.Say("Only governance committee members can decide on registrations; nothing was changed.");
            return;
        }

        if (system.Approval != ApprovalStatus.Pending)
        {
            context.CardConsumed = true;
            context.ReplaceCard("approval-decided", Decided(system, context.Now, already: true), $"{system.Id} was already decided.");
            return;
        }

        var form = new FormReader(context.Turn);
        var decision = form.Choice<ApprovalStatus>("decision", "Decision", required: true);
        if (decision == ApprovalStatus.Pending)
        {
            form.Fail("decision", "Choose approve, approve with conditions or reject.");
        }

        var note = form.Text("note", decision == ApprovalStatus.Rejected ? "The reason" : "The conditions", NoteMax, required: decision is ApprovalStatus.Rejected or ApprovalStatus.ApprovedWithConditions);
        if (!form.IsValid)
        {
            var card = ApprovalRouting.Card(system, context.Now, context.CardId ?? CardIds.New());
            card.Card!.Data["values"] = new JsonObject { ["decision"] = form.Raw("decision"), ["note"] = form.Raw("note") };
            card.Card.Data["errors"] = new JsonObject(form.Errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value)));
            context.Add(card with { ReplaceMessageId = context.Turn.CardMessageId, FieldErrors = form.Errors, Text = "Please check the highlighted fields." });
            return;
        }

        var before = system.Copy();
        system.Approval = decision!.Value;
        system.DecisionNote = note;
        system.DecidedByKey = context.Actor.Key;
        system.DecidedByName = context.Actor.User.DisplayName;
        system.DecidedAt = context.Now.UtcDateTime;
        system.UpdatedAt = context.Now.UtcDateTime;
        systems.Update(system);
        audit.Record(context.Actor, "aisystem." + decision.Value.ToString().Kebaberize(), "aisystem:" + system.Id, before, system);

        context.CardConsumed = true;
        context.ReplaceCard("approval-decided", Decided(system, context.Now, already: false), $"{system.Id} {SystemView.Status(system.Approval).ToLowerInvariant()}.");
        context.Add(Reply.ShowCard("approval-decided", Decided(system, context.Now, already: false), $"Your registration {system.Id} was {SystemView.Status(system.Approval).ToLowerInvariant()}.") with
        {
            RecipientUserKey = system.RequesterKey,
            IdempotencyKey = "decision:" + system.Id,
        });
    }

    private static JsonObject Decided(AiSystem system, DateTimeOffset now, bool already) => new()
    {
        ["id"] = system.Id,
        ["name"] = Markdown.Escape(system.Name),
        ["status"] = SystemView.Status(system.Approval),
        ["approved"] = system.Approval != ApprovalStatus.Rejected,
        ["already"] = already,
        ["decidedBy"] = Markdown.Escape(system.DecidedByName),
        ["when"] = system.DecidedAt is { } at ? SystemView.When(at, now) : "",
        ["note"] = Markdown.Escape(system.DecisionNote),
    };
}
