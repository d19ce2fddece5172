namespace AimsBot.Core.Conversations;

public enum InvocationKind
{
    /// <summary>A typed command: <see cref="DialogContext.Command"/> and <see cref="DialogContext.Arguments"/> are set.</summary>
    Command = 1,

    /// <summary>A card action: <see cref="DialogContext.Verb"/> is set and the data is in the turn.</summary>
    CardAction = 2,

    /// <summary>Plain text while this dialog is active.</summary>
    Continue = 3,

    /// <summary>Work the scheduler put in the inbox: <see cref="DialogContext.Verb"/> is the job (for example <c>due/bundle</c>).</summary>
    Scheduled = 4,
}
