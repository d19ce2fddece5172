using System.Collections.Frozen;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace AimsBot.Core.Conversations;

/// <summary>
/// Runs one turn: remembers the conversation, loads the dialog state for (conversation, user),
/// routes to a dialog (typed command, card verb, or the active dialog), and saves the state.
/// </summary>
public sealed partial class ConversationEngine
{
    /// <summary>Commands the engine itself answers.</summary>
    public static readonly CommandInfo Cancel = new("cancel", "cancel", "Stop what you are filling in; nothing is saved.");

    private readonly FrozenDictionary<string, IDialog> _byCommand;
    private readonly FrozenDictionary<string, IDialog> _byName;
    private readonly FrozenDictionary<string, IDialog> _byVerb;
    private readonly IDialogStateStore _states;
    private readonly IConversationStore _conversations;
    private readonly ICardActionLog _cardActions;
    private readonly RoleResolver _roles;
    private readonly TimeProvider _time;
    private readonly ILogger<ConversationEngine> _logger;

    public ConversationEngine(
        IEnumerable<IDialog> dialogs,
        IDialogStateStore states,
        IConversationStore conversations,
        ICardActionLog cardActions,
        RoleResolver roles,
        TimeProvider time,
        ILogger<ConversationEngine> logger)
    {
        var all = dialogs.ToList();
        _byName = all.ToFrozenDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
        _byCommand = all.SelectMany(d => d.Commands.Select(c => (c.Name, Dialog: d)))
            .ToFrozenDictionary(x => x.Name, x => x.Dialog, StringComparer.OrdinalIgnoreCase);
        _byVerb = all.SelectMany(d => d.Verbs.Select(v => (v.Value, Dialog: d)))
            .ToFrozenDictionary(x => x.Value, x => x.Dialog, StringComparer.Ordinal);
        Commands = [.. all.SelectMany(d => d.Commands), Cancel];
        _states = states;
        _conversations = conversations;
        _cardActions = cardActions;
        _roles = roles;
        _time = time;
        _logger = logger;
    }

    /// <summary>Every card verb a dialog handles (the verbs the card templates may use).</summary>
    public IReadOnlyCollection<string> Verbs => _byVerb.Keys;

    /// <summary>Every command a person can type, for help and suggestions.</summary>
    public IReadOnlyList<CommandInfo> Commands { get; }

    /// <summary>Runs one turn and returns its replies.</summary>
    /// <exception cref="DialogFailedException">The dialog failed: roll back its writes and send the apology it carries.</exception>
    public async Task<IReadOnlyList<Reply>> RunAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        // A scheduled turn is the bot speaking first: the person was not seen.
        if (turn.Kind != TurnKind.Scheduled)
        {
            _conversations.Remember(turn);
        }

        if (turn.Kind == TurnKind.Uninstalled)
        {
            _conversations.Forget(turn.Conversation.Key);
            return [];
        }

        var state = _states.Load(DialogState.MakeId(turn.Conversation, turn.User));
        var actor = _roles.Resolve(turn.User);
        var now = _time.GetUtcNow();

        var context = Route(turn, state, actor, now, out var dialog);
        if (dialog is null)
        {
            return CardAnswers.Mark(turn, context.Replies);
        }

        try
        {
            await dialog.RunAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reference = Guid.NewGuid().ToString("N")[..8];
            Log.DialogFailed(_logger, ex, dialog.Name, reference);
            throw new DialogFailedException(dialog.Name, reference, ex);
        }

        if (context.CardConsumed && context.CardId is { Length: > 0 } cardId)
        {
            _cardActions.TryConsume(cardId, actor.Key);
        }

        state.UpdatedAt = now.UtcDateTime;
        _states.Save(state);
        return CardAnswers.Mark(turn, context.Replies);
    }

    private DialogContext Route(IncomingTurn turn, DialogState state, Actor actor, DateTimeOffset now, out IDialog? dialog)
    {
        dialog = null;
        switch (turn.Kind)
        {
            case TurnKind.ConversationStarted:
                return Invoke("welcome", "", turn, state, actor, now, out dialog);
            case TurnKind.HomeOpened:
                return Invoke("home", "", turn, state, actor, now, out dialog);
            case TurnKind.CardAction:
                return RouteCardAction(turn, state, actor, now, out dialog);
            case TurnKind.Scheduled:
                return RouteScheduled(turn, state, actor, now, out dialog);
        }

        var (command, arguments) = CommandText.Split(turn.Text);
        var context = new DialogContext(turn, state, actor, now);
        if (command.Length == 0)
        {
            context.Say("Type **help** to see what I can do.");
            return context;
        }

        if (command == Cancel.Name)
        {
            var wasActive = state.ActiveDialog is not null;
            state.End();
            _states.Save(state);
            context.Say(wasActive ? "Cancelled. Nothing was saved." : "There was nothing to cancel. Type **help** to see what I can do.");
            return context;
        }

        if (_byCommand.TryGetValue(command, out dialog))
        {
            return new DialogContext(turn, state, actor, now) { Kind = InvocationKind.Command, Command = command, Arguments = arguments };
        }

        if (state.ActiveDialog is { } active && _byName.TryGetValue(active, out dialog))
        {
            return new DialogContext(turn, state, actor, now) { Kind = InvocationKind.Continue };
        }

        context.Say(Suggest(command));
        return context;
    }

    private DialogContext RouteCardAction(IncomingTurn turn, DialogState state, Actor actor, DateTimeOffset now, out IDialog? dialog)
    {
        dialog = null;
        var context = new DialogContext(turn, state, actor, now);
        var verb = turn.Value(CardFields.Verb) ?? "";
        // Card ids are the bot's own (32 hex characters); anything far longer is not one of its cards.
        if (!_byVerb.TryGetValue(verb, out var target) || turn.Value(CardFields.CardId) is { Length: > 128 })
        {
            context.Refuse("I couldn't tell what that button was for, so nothing changed. Type **help** to start again.");
            return context;
        }

        if (turn.Value(CardFields.CardId) is { Length: > 0 } cardId && _cardActions.IsConsumed(cardId))
        {
            context.Refuse("That card was already submitted, so nothing changed.");
            return context;
        }

        dialog = target;
        return new DialogContext(turn, state, actor, now) { Kind = InvocationKind.CardAction, Verb = new Verb(verb) };
    }

    private DialogContext RouteScheduled(IncomingTurn turn, DialogState state, Actor actor, DateTimeOffset now, out IDialog? dialog)
    {
        var job = turn.Value(CardFields.Job) ?? "";
        var slash = job.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !_byName.TryGetValue(job[..slash], out dialog))
        {
            dialog = null;
            Log.UnknownJob(_logger, job);
            return new DialogContext(turn, state, actor, now);
        }

        return new DialogContext(turn, state, actor, now) { Kind = InvocationKind.Scheduled, Verb = new Verb(job) };
    }

    private DialogContext Invoke(string command, string arguments, IncomingTurn turn, DialogState state, Actor actor, DateTimeOffset now, out IDialog? dialog)
    {
        _byCommand.TryGetValue(command, out dialog);
        _byName.TryGetValue(command, out var byName);
        dialog ??= byName;
        return new DialogContext(turn, state, actor, now) { Kind = InvocationKind.Command, Command = command, Arguments = arguments };
    }

    private string Suggest(string typed)
    {
        var (name, distance) = Commands
            .Where(c => !c.Hidden)
            .Select(c => (c.Name, Distance: CommandText.Distance(typed, c.Name)))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        var safe = Markdown.Escape(typed.Length > 40 ? typed[..40] + "…" : typed);
        return name is not null && distance <= Math.Max(2, typed.Length / 3)
            ? $"I don't know “{safe}”. Did you mean **{name}**? Type **help** to see every command."
            : $"I don't know “{safe}”. Type **help** to see every command.";
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "Dialog {Dialog} failed (reference {Reference})")]
        public static partial void DialogFailed(ILogger logger, Exception exception, string dialog, string reference);

        [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "A scheduled turn named an unknown job {Job}; nothing was done")]
        public static partial void UnknownJob(ILogger logger, string job);
    }
}
