namespace AimsBot.Core.Conversations;

/// <summary>
/// A dialog failed while handling a turn. Carries the apology the person gets instead of a stack
/// trace; whoever runs the turn rolls back what the dialog wrote and sends <see cref="Apology"/>.
/// </summary>
public sealed class DialogFailedException : Exception
{
    public DialogFailedException()
    {
        Apology = Reply.Say("Sorry, something went wrong on my side.");
    }

    public DialogFailedException(string message)
        : base(message)
    {
        Apology = Reply.Say("Sorry, something went wrong on my side.");
    }

    public DialogFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Apology = Reply.Say("Sorry, something went wrong on my side.");
    }

    public DialogFailedException(string dialog, string reference, Exception innerException)
        : base($"Dialog {dialog} failed (reference {reference}).", innerException)
    {
        Reference = reference;
        Apology = Reply.Say($"Sorry, something went wrong on my side while handling that (reference {reference}), and nothing was changed. Please try again; if it keeps happening, tell your AIMS admin the reference.");
    }

    public string Reference { get; } = "";

    public Reply Apology { get; }
}
