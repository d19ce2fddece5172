using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Core.Dialogs.Forms;

/// <summary>
/// The resume card: a person who starts a form while another is unfinished is asked to continue the
/// unfinished one or discard it (and start what they asked for).
/// </summary>
public sealed class FormResume(IServiceProvider services) : IDialog
{
    public const string DialogName = "form";

    public static readonly Verb ResumeVerb = new("form/resume");

    public static readonly Verb DiscardVerb = new("form/discard");

    public string Name => DialogName;

    public IReadOnlyList<CommandInfo> Commands { get; } = [];

    public IReadOnlyList<Verb> Verbs { get; } = [ResumeVerb, DiscardVerb];

    /// <summary>Offers to continue <paramref name="open"/> or discard it and start <paramref name="requested"/>.</summary>
    public static void Offer(DialogContext context, FormInstance open, IFormDialog requested)
    {
        var started = DateTime.SpecifyKind(open.StartedAt, DateTimeKind.Utc);
        var noun = open.Noun.Length == 0 ? "form" : open.Noun;
        var same = open.Form == requested.Name;
        var data = new JsonObject
        {
            ["cardId"] = FormCardId.For(open, context.Actor.Key).ToString(),
            ["title"] = $"You have an unfinished {noun}",
            ["text"] = $"You started it {SystemView.Ago(started, context.Now)}. Continue where you left off, or discard it{(same ? " and start again" : $" and start the {requested.Noun}")}.",
            ["next"] = requested.Name,
            ["arguments"] = context.Arguments,
        };
        context.Show("form-resume", data, $"You have an unfinished {noun}: continue it or discard it.");
    }

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (context.Kind != InvocationKind.CardAction)
        {
            return ValueTask.CompletedTask;
        }

        var open = context.State.Form;
        if (!FormCardId.TryParse(context.CardId, out var cardId) || !cardId.BelongsTo(context.Actor.Key))
        {
            context.Refuse("This card belongs to someone else, so nothing changed.");
        }
        else if (open is null || open.InstanceId != cardId.InstanceId || open.Revision != cardId.Revision)
        {
            context.Refuse("That choice was already made (the form was continued, finished or discarded), so nothing changed.");
        }
        else if (context.Verb == ResumeVerb)
        {
            if (Form(open.Form) is { } form)
            {
                form.Resume(context);
            }
            else
            {
                context.Refuse("That form no longer exists. Type **help** to see what I can do.");
            }
        }
        else if (context.Verb == DiscardVerb)
        {
            context.State.End();
            context.CardConsumed = true;
            if (Form(context.Turn.Value("next") ?? "") is { } next)
            {
                next.StartNew(context, context.Turn.Value("arguments") ?? "", replaceCard: true);
            }
            else
            {
                context.Add(Reply.Say("Discarded. Nothing was saved.") with { Outcome = CardOutcome.Done });
            }
        }

        return ValueTask.CompletedTask;
    }

    private IFormDialog? Form(string name) =>
        services.GetServices<IDialog>().OfType<IFormDialog>().FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
