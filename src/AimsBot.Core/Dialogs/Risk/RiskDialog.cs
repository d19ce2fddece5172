using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Risks;
using Humanizer;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>
/// <c>risk method</c> (the method card), <c>risk R-0001</c> (one risk with its treatment, decision and
/// history), <c>risk new</c> and <c>risk treat</c> (handed to their forms), <c>risk progress</c> / <c>risk done</c>
/// (the treatment owner), <c>risk accept</c> (the owner, or the committee through the approval flow),
/// <c>risk close</c>, and the card's accept button.
/// </summary>
public sealed class RiskDialog(RiskService service, IRiskStore risks, IAiSystemStore systems, IAuditLog audit, RiskForm form, TreatmentForm treatment, ApprovalFlow approvals) : IDialog
{
    public static readonly Verb AcceptVerb = new("risk/accept");

    public string Name => "risk";

    public IReadOnlyList<Verb> Verbs { get; } = [AcceptVerb];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("risk", "risk R-0001 | risk new [AI-0001] | risk edit R-0001 | risk treat R-0001 | risk progress/done R-0001 note | risk accept R-0001 [note] | risk close R-0001 reason | risk method", "Raise a risk (for a system or the organisation), edit its assessment, plan its treatment, record treatment progress, accept it by the criteria (the committee above the owner's authority), close it; one risk with its history; the risk method.") { Menu = "Raise or show a risk, for example: risk new AI-0001" },
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (context.Kind == InvocationKind.CardAction)
        {
            if (context.Verb == AcceptVerb)
            {
                Accept(context, context.Turn.Value("risk") ?? "", "", fromCard: true);
            }
            else
            {
                context.Say("I couldn't tell what that button was for. Type **risks** to start again.");
            }

            return ValueTask.CompletedTask;
        }

        var arguments = context.Arguments.Trim();
        var space = arguments.IndexOf(' ', StringComparison.Ordinal);
        var word = (space < 0 ? arguments : arguments[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : arguments[(space + 1)..].Trim();
        switch (word)
        {
            case "new" or "edit":
                form.Open(context);
                break;
            case "treat":
                treatment.Open(context);
                break;
            case "progress" or "done":
                var (progressId, what) = IdAndText(rest);
                Progress(context, progressId, what, done: word == "done");
                break;
            case "method":
                context.Show("risk-method", RiskMethodCard.Data(service.Method), $"Risk method {service.Method.Stamp}");
                break;
            case "accept":
                var (acceptId, note) = IdAndText(rest);
                Accept(context, acceptId, note, fromCard: false);
                break;
            case "close":
                var (closeId, reason) = IdAndText(rest);
                Close(context, closeId, reason);
                break;
            case "":
                context.Say("Which risk? Type **risk R-0001**, **risk method** for the method, or **risks** for the register.");
                break;
            default:
                Show(context, arguments);
                break;
        }

        return ValueTask.CompletedTask;
    }

    public static string NotFound(string typed)
    {
        var safe = Markdown.Escape(typed.Length > 40 ? typed[..40] + "…" : typed);
        return typed.Length == 0
            ? "Which risk? Type for example **risk R-0001**, or **risks** for the register."
            : $"There is no risk “{safe}”. Risk ids look like R-0001; type **risks** for the register.";
    }

    private void Show(DialogContext context, string argument, bool replace = false)
    {
        var id = RiskIds.Parse(argument);
        if ((id is null ? null : risks.Get(id)) is not { } risk)
        {
            context.Say(NotFound(argument));
            return;
        }

        var system = risk.SystemId.Length > 0 ? systems.Get(risk.SystemId) : null;
        var data = RiskCards.Detail(risk, system, service.Method, audit.ForEntity(RiskIds.Entity(risk.Id)), context.Actor, context.Now);
        var fallback = $"{risk.Id} {risk.Title}: {RiskView.Level(risk)}, {RiskView.Status(risk.Status)}";
        if (replace)
        {
            context.ReplaceCard("risk", data, fallback);
        }
        else
        {
            context.Show("risk", data, fallback);
        }
    }

    private void Accept(DialogContext context, string typedId, string note, bool fromCard)
    {
        if (RiskIds.Parse(typedId) is not { } id || risks.Get(id) is null)
        {
            context.Say(NotFound(typedId));
            return;
        }

        var outcome = service.Accept(context.Actor, id, note);
        if (outcome.Kind == RiskOutcomeKind.NeedsCommittee)
        {
            var risk = outcome.Risk!;
            var (_, cards) = approvals.Request(context, RiskAcceptanceSubject.KindName, risk.Id, $"{risk.Id} {risk.Title} at level {risk.CurrentLevel()}");
            foreach (var card in cards)
            {
                context.Add(card);
            }

            context.CardConsumed = fromCard;
            context.Say(cards.Count == 0
                ? $"{outcome.Message} The request is waiting, but no committee member can be reached yet: they get it once they have talked to me."
                : $"{outcome.Message} I asked the committee ({"member".ToQuantity(cards.Count)}); you will hear their decision.");
            return;
        }

        if (outcome.Succeeded)
        {
            context.CardConsumed = fromCard;
            Show(context, id, replace: fromCard);
            context.Say(outcome.Message);
            return;
        }

        context.Say(outcome.Message);
    }

    private void Progress(DialogContext context, string typedId, string note, bool done)
    {
        if (RiskIds.Parse(typedId) is not { } id || risks.Get(id) is null)
        {
            context.Say(NotFound(typedId));
            return;
        }

        var outcome = service.RecordProgress(context.Actor, id, note, done);
        // Done puts the residual level in force: a pending acceptance asked for at the earlier level no longer holds.
        var withdrawn = outcome.Succeeded && done ? RiskAcceptanceSubject.WithdrawPending(approvals, context, id, "was treated") : "";
        context.Say(outcome.Errors.Count > 0
            ? $"Say what was done, for example **risk {(done ? "done" : "progress")} {id} index rebuilt nightly** (up to 1000 characters)."
            : outcome.Message + (outcome.Succeeded && done ? $" Type **risk accept {id}** to accept the residual level." : "") + withdrawn);
    }

    private void Close(DialogContext context, string typedId, string reason)
    {
        if (RiskIds.Parse(typedId) is not { } id || risks.Get(id) is null)
        {
            context.Say(NotFound(typedId));
            return;
        }

        var outcome = service.Close(context.Actor, id, reason);
        context.Say(outcome.Message + (outcome.Succeeded ? RiskAcceptanceSubject.WithdrawPending(approvals, context, id, "was closed") : ""));
    }

    private static (string Id, string Text) IdAndText(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..].Trim());
    }
}
