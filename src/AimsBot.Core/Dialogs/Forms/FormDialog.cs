using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Dialogs.Forms;

/// <summary>
/// The form engine: a multi-step card form declared as <see cref="Steps"/> over a typed draft. The
/// engine owns the step index, card identity (a stale, replaced or somebody else's card changes
/// nothing), errors shown in place with the person's values kept, back, cancel, resume, and the typed
/// <see cref="CardOutcome"/> of every card action. A form declares its steps, how it starts
/// (<see cref="Begin"/>) and what completion does (<see cref="Complete"/>).
/// </summary>
/// <typeparam name="TDraft">The draft kept in the dialog state between cards (serialised as JSON).</typeparam>
public abstract class FormDialog<TDraft> : IFormDialog
    where TDraft : class, new()
{
    private static readonly JsonSerializerOptions DraftJson = new() { Converters = { new JsonStringEnumConverter() } };

    protected FormDialog(string name)
    {
        Name = name;
        NextVerb = new Verb(name + "/next");
        BackVerb = new Verb(name + "/back");
        CancelVerb = new Verb(name + "/cancel");
    }

    public string Name { get; }

    public abstract string Noun { get; }

    /// <summary>The noun of the open instance (an edit says which record), else the form's.</summary>
    private string NounOf(FormInstance? instance) => instance is { Noun.Length: > 0 } ? instance.Noun : Noun;

    public abstract IReadOnlyList<CommandInfo> Commands { get; }

    /// <summary>Every verb of the form; a one-card form has no back.</summary>
    public IReadOnlyList<Verb> Verbs => Steps.Count > 1 ? [NextVerb, BackVerb, CancelVerb, .. StartVerbs] : [NextVerb, CancelVerb, .. StartVerbs];

    /// <summary>Buttons on other cards that start this form (for example "Complete the record"); see <see cref="OnStartVerb"/>.</summary>
    protected virtual IReadOnlyList<Verb> StartVerbs => [];

    /// <summary>The primary submit of every step card: validate this step and move on.</summary>
    public Verb NextVerb { get; }

    public Verb BackVerb { get; }

    public Verb CancelVerb { get; }

    /// <summary>The command that starts this form, for messages ("type **register** to start again").</summary>
    protected string StartCommand => Commands.Count > 0 ? Commands[0].Usage : Name;

    protected abstract IReadOnlyList<FormStep<TDraft>> Steps { get; }

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        switch (context.Kind)
        {
            case InvocationKind.Command:
                OnCommand(context);
                break;
            case InvocationKind.Continue:
                var open = context.State.Form;
                context.Say(open is null
                    ? $"Type **{StartCommand}** to start."
                    : $"You are filling in the {NounOf(open)} (step {Position(open, Read(open))} of {Applicable(Read(open)).Count}): fill in the card above, or type **cancel** to stop.");
                break;
            case InvocationKind.CardAction:
                Act(context);
                break;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A typed command: offers to resume an unfinished form, else starts this one.</summary>
    protected virtual void OnCommand(DialogContext context) => StartOrResume(context, context.Arguments);

    /// <summary>
    /// Starts the form for <paramref name="arguments"/> (typed, or from a start button's data): refused when
    /// <see cref="Precheck"/> says so, else offers to resume an unfinished form, else starts a new one.
    /// </summary>
    protected void StartOrResume(DialogContext context, string arguments)
    {
        if (Precheck(context, arguments) is { } refusal)
        {
            if (context.Kind == InvocationKind.CardAction)
            {
                context.Refuse(refusal);
            }
            else
            {
                context.Say(refusal);
            }

            return;
        }

        if (context.State.Form is { } open)
        {
            FormResume.Offer(context, open, this);
            return;
        }

        StartNew(context, arguments);
    }

    public void StartNew(DialogContext context, string arguments, bool replaceCard = false)
    {
        var start = Begin(context, arguments);
        if (start is null)
        {
            return;
        }

        var steps = Applicable(start.Draft);
        var instance = new FormInstance
        {
            Form = Name,
            InstanceId = Guid.NewGuid().ToString("N"),
            Step = steps[0],
            Revision = 1,
            Draft = JsonSerializer.Serialize(start.Draft, DraftJson),
            Subject = start.Subject,
            Noun = start.Noun ?? Noun,
            StartedAt = context.Now.UtcDateTime,
            UpdatedAt = context.Now.UtcDateTime,
        };
        context.State.End();
        context.State.Begin(Name, "form");
        context.State.Form = instance;
        var card = StepCard(context, instance, start.Draft, values: null, errors: null);
        context.Add(replaceCard ? card with { ReplaceMessageId = context.Turn.CardMessageId, Outcome = CardOutcome.NextStep } : card);
    }

    public void Resume(DialogContext context)
    {
        var instance = context.State.Form!;
        instance.Revision++;
        instance.UpdatedAt = context.Now.UtcDateTime;
        context.State.Begin(Name, "form");
        context.Add(StepCard(context, instance, Read(instance), values: null, errors: null) with
        {
            ReplaceMessageId = context.Turn.CardMessageId,
            Outcome = CardOutcome.NextStep,
        });
    }

    /// <summary>
    /// Why the person may not start this form for these arguments, checked before an unfinished form is
    /// offered for resuming (so a refusal is never hidden behind the resume card); null to go on.
    /// </summary>
    protected virtual string? Precheck(DialogContext context, string arguments) => null;

    /// <summary>Checks who may start the form and makes its first draft; null when refused (say why).</summary>
    protected abstract FormStart<TDraft>? Begin(DialogContext context, string arguments);

    /// <summary>
    /// The last step was valid: do the work and answer with <see cref="Finish"/> (or <see cref="Refuse"/>).
    /// <paramref name="cardId"/> is the final card's id, unique to this submission: use it to make the work idempotent.
    /// </summary>
    protected abstract void Complete(DialogContext context, FormInstance instance, TDraft draft, string cardId);

    /// <summary>Ends the form and replaces its card with a read-only result.</summary>
    protected static void Finish(DialogContext context, string template, JsonObject data, string text)
    {
        context.State.End();
        context.CardConsumed = true;
        context.Add(Reply.ShowCard(template, data, text) with { ReplaceMessageId = context.Turn.CardMessageId, Outcome = CardOutcome.Done });
    }

    /// <summary>Refuses the card action: nothing changes and the person is told why.</summary>
    protected static void Refuse(DialogContext context, string text) =>
        context.Refuse(text);

    /// <summary>
    /// Who may act on this form's cards, checked before anything else: a refusal (starting with "Only ") for
    /// a person who may not, or null. Forms over a record the person must own override it.
    /// </summary>
    protected virtual string? Refusal(DialogContext context) => null;

    /// <summary>A start button was pressed: begin the form (its card is not a form card, so no instance checks apply).</summary>
    protected virtual void OnStartVerb(DialogContext context) => OnCommand(context);

    private void Act(DialogContext context)
    {
        if (context.Verb is { } verb && StartVerbs.Contains(verb))
        {
            OnStartVerb(context);
            return;
        }

        if (Refusal(context) is { } refusal)
        {
            Refuse(context, refusal);
            return;
        }

        if (!FormCardCheck.Accepts(context, Name, Noun, StartCommand, out var instance, out var cardId, out var stale))
        {
            Refuse(context, stale);
            return;
        }

        var draft = Read(instance);
        if (context.Verb == CancelVerb)
        {
            var cancelled = $"{FormText.Capitalized(NounOf(instance))} cancelled";
            Finish(context, "notice", FormText.Notice(cancelled, $"Nothing was saved. Type **{StartCommand}** to start again."), cancelled + ".");
        }
        else if (context.Verb == BackVerb)
        {
            var previous = Applicable(draft).Where(i => i < instance.Step).DefaultIfEmpty(-1).Last();
            if (previous < 0)
            {
                Refuse(context, "This is the first card of the form; there is nothing to go back to.");
                return;
            }

            Move(context, instance, draft, previous);
        }
        else
        {
            Submit(context, instance, draft, cardId.ToString());
        }
    }

    private void Submit(DialogContext context, FormInstance instance, TDraft draft, string cardId)
    {
        var step = Steps[instance.Step];
        var reader = new FormReader(context.Turn);
        step.Read(new FormStepInput(reader, context.Actor, context.Now, context.Turn), draft);
        Save(instance, draft, context.Now);
        if (!reader.IsValid)
        {
            var values = step.Fields.ToDictionary(f => f, reader.Raw, StringComparer.Ordinal);
            context.Add(StepCard(context, instance, draft, values, reader.Errors) with
            {
                ReplaceMessageId = context.Turn.CardMessageId,
                FieldErrors = reader.Errors,
                Text = "Please check the highlighted fields.",
                Outcome = CardOutcome.Invalid,
            });
            return;
        }

        var next = Applicable(draft).Where(i => i > instance.Step).DefaultIfEmpty(-1).First();
        if (next < 0)
        {
            Complete(context, instance, draft, cardId);
            return;
        }

        Move(context, instance, draft, next);
    }

    private void Move(DialogContext context, FormInstance instance, TDraft draft, int step)
    {
        instance.Step = step;
        instance.Revision++;
        instance.UpdatedAt = context.Now.UtcDateTime;
        context.Add(StepCard(context, instance, draft, values: null, errors: null) with
        {
            ReplaceMessageId = context.Turn.CardMessageId,
            Outcome = CardOutcome.NextStep,
        });
    }

    private Reply StepCard(DialogContext context, FormInstance instance, TDraft draft, IReadOnlyDictionary<string, string>? values, IReadOnlyDictionary<string, string>? errors) =>
        FormStepCard.Render(
            Steps[instance.Step],
            new FormView<TDraft>(draft, instance, context.Actor, context.Now, context.Turn.Conversation),
            Position(instance, draft),
            Applicable(draft).Count,
            NounOf(instance),
            values,
            errors);

    private List<int> Applicable(TDraft draft) =>
        [.. Enumerable.Range(0, Steps.Count).Where(i => Steps[i].Skip?.Invoke(draft) != true)];

    private int Position(FormInstance instance, TDraft draft) => Applicable(draft).Count(i => i <= instance.Step);

    private static TDraft Read(FormInstance instance) =>
        JsonSerializer.Deserialize<TDraft>(instance.Draft, DraftJson) ?? new TDraft();

    private static void Save(FormInstance instance, TDraft draft, DateTimeOffset now)
    {
        instance.Draft = JsonSerializer.Serialize(draft, DraftJson);
        instance.UpdatedAt = now.UtcDateTime;
    }
}
