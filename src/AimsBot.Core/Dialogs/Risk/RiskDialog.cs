using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>
/// <c>risk method</c> (the method card), <c>risk R-0001</c> (one risk with its treatment, decision and
/// history), <c>risk accept R-0001</c> and <c>risk close R-0001 reason</c>, and the card's accept button.
/// </summary>
public sealed class RiskDialog(RiskService service, IRiskStore risks, IAiSystemStore systems, IAuditLog audit) : IDialog
{
    public static readonly Verb AcceptVerb = new("risk/accept");

    public string Name => "risk";

    public IReadOnlyList<Verb> Verbs { get; } = [AcceptVerb];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("risk", "risk R-0001 | risk method | risk accept R-0001 [note] | risk close R-0001 reason", "One risk with its treatment, decision and history; the risk method (scales, matrix, acceptance criteria); accept a risk within your authority; close a risk."),
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
        if (outcome.Succeeded)
        {
            context.CardConsumed = fromCard;
            Show(context, id, replace: fromCard);
            context.Say(outcome.Message);
            return;
        }

        context.Say(outcome.Message);
    }

    private void Close(DialogContext context, string typedId, string reason)
    {
        if (RiskIds.Parse(typedId) is not { } id || risks.Get(id) is null)
        {
            context.Say(NotFound(typedId));
            return;
        }

        context.Say(service.Close(context.Actor, id, reason).Message);
    }

    private static (string Id, string Text) IdAndText(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..].Trim());
    }
}
