using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using Humanizer;

namespace AimsBot.Core.Dialogs.Approval;

/// <summary>
/// Committee decisions of every kind: <c>approvals</c> lists every pending request, oldest first, with
/// its age; the approval card approves, approves with conditions or rejects (a reason required), once
/// per member, never on one's own request.
/// </summary>
public sealed class ApprovalDialog(ApprovalFlow flow, IApprovalStore requests) : IDialog
{
    public const int Listed = 10;

    public static readonly Verb DecideVerb = new("approval/decide");

    public string Name => "approval";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("approvals", "approvals", "Committee: every request waiting for a decision (registrations, risk acceptances, assessments), oldest first.") { Menu = "Committee: every request waiting for your decision" },
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [DecideVerb];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (context.Kind == InvocationKind.CardAction)
        {
            Decide(context);
        }
        else if (context.Kind == InvocationKind.Command)
        {
            ListPending(context);
        }

        return ValueTask.CompletedTask;
    }

    public static JsonObject Decided(ApprovalRequest request, IApprovalSubject subject, DateTimeOffset now, bool already) => new()
    {
        ["title"] = Markdown.Escape(request.Title),
        ["noun"] = subject.Noun,
        ["status"] = request.Status.Humanize(),
        ["approved"] = request.Status != ApprovalStatus.Rejected,
        ["already"] = already,
        ["decidedBy"] = Markdown.Escape(string.Join(", ", request.Votes.Select(v => v.DeciderName))),
        ["when"] = SystemView.When(request.DecidedAt ?? request.Votes.LastOrDefault()?.At ?? request.RequestedAt, now),
        ["note"] = Markdown.Escape(request.Note),
    };

    private void ListPending(DialogContext context)
    {
        if (!context.Actor.IsCommittee)
        {
            context.Say("Only governance committee members decide on requests. Your AIMS admin can add you to the committee.");
            return;
        }

        var pending = flow.Pending();
        if (pending.Count == 0)
        {
            context.Say("Nothing is waiting for a decision.");
            return;
        }

        var lines = pending.Select(r => $"- {flow.Subject(r.SubjectKind)?.Noun ?? r.SubjectKind}: {Markdown.Escape(r.Title)}, asked by {Markdown.Escape(r.RequesterName)} {SystemView.Ago(r.RequestedAt, context.Now)}");
        context.Say($"{"request".ToQuantity(pending.Count)} waiting for a decision, oldest first:\n{string.Join("\n", lines)}"
            + (pending.Count > Listed ? $"\n\nThe cards for the oldest {Listed} follow." : ""));
        foreach (var request in pending.Take(Listed))
        {
            if (flow.Subject(request.SubjectKind) is { } subject && flow.Refusal(request, context.Actor, subject) is null)
            {
                context.Add(flow.Card(request, subject, context.Now, CardIds.New()));
            }
        }
    }

    private void Decide(DialogContext context)
    {
        var request = requests.Get(context.Turn.Value("requestId") ?? "");
        var subject = request is null ? null : flow.Subject(request.SubjectKind);
        if (request is null || subject is null)
        {
            context.Refuse("I can't find the request this card is about, so nothing changed. Type **approvals** to see what is waiting.");
            return;
        }

        if (request.Status != ApprovalStatus.Pending)
        {
            context.CardConsumed = true;
            context.Add(Reply.ShowCard("approval-decided", Decided(request, subject, context.Now, already: true), $"{request.Title} was already decided.") with
            {
                ReplaceMessageId = context.Turn.CardMessageId,
                Outcome = CardOutcome.Done,
            });
            return;
        }

        if (flow.Refusal(request, context.Actor, subject) is { } refusal)
        {
            context.Refuse(refusal);
            return;
        }

        var form = new FormReader(context.Turn);
        var decision = form.Choice<ApprovalStatus>("decision", "Decision", required: true);
        if (decision == ApprovalStatus.Pending)
        {
            form.Fail("decision", "Choose approve, approve with conditions or reject.");
        }

        var note = form.Text("note", decision == ApprovalStatus.Rejected ? "The reason" : "The conditions", ApprovalFlow.NoteMax, required: decision is ApprovalStatus.Rejected or ApprovalStatus.ApprovedWithConditions);
        if (!form.IsValid)
        {
            var values = new Dictionary<string, string> { ["decision"] = form.Raw("decision"), ["note"] = form.Raw("note") };
            context.Add(flow.Card(request, subject, context.Now, context.CardId ?? CardIds.New(), values, form.Errors) with
            {
                ReplaceMessageId = context.Turn.CardMessageId,
                FieldErrors = form.Errors,
                Text = "Please check the highlighted fields.",
                Outcome = CardOutcome.Invalid,
            });
            return;
        }

        var notices = flow.Vote(request, subject, context, decision!.Value, note);
        context.CardConsumed = true;
        var data = Decided(request, subject, context.Now, already: false);
        if (request.Status == ApprovalStatus.Pending)
        {
            data["status"] = $"your {decision.Value.Humanize().ToLowerInvariant()} is recorded; waiting for more approvals";
        }

        context.Add(Reply.ShowCard("approval-decided", data, $"{request.Title}: {data["status"]}.") with
        {
            ReplaceMessageId = context.Turn.CardMessageId,
            Outcome = CardOutcome.Done,
        });
        foreach (var notice in notices)
        {
            context.Add(notice);
        }
    }
}
