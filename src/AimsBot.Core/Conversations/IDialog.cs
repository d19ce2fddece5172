namespace AimsBot.Core.Conversations;

/// <summary>
/// A dialog: answers its text commands, its card actions (verbs <c>{Name}/...</c>) and, while it is
/// the active dialog, the person's next plain-text turns.
/// </summary>
public interface IDialog
{
    /// <summary>Unique name; card verbs for this dialog start with <c>Name + "/"</c>.</summary>
    string Name { get; }

    IReadOnlyList<CommandInfo> Commands { get; }

    ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken);
}
