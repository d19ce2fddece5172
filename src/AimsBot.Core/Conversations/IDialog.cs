namespace AimsBot.Core.Conversations;

/// <summary>
/// A dialog: answers its text commands, its card actions (the <see cref="Verbs"/> it declares) and, while it is
/// the active dialog, the person's next plain-text turns.
/// </summary>
public interface IDialog
{
    /// <summary>Unique name (also the key of its state while it is the active dialog).</summary>
    string Name { get; }

    IReadOnlyList<CommandInfo> Commands { get; }

    /// <summary>The card verbs this dialog handles; the engine routes a card action by its verb.</summary>
    IReadOnlyList<Verb> Verbs { get; }

    ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken);
}
