namespace AimsBot.Core.Conversations;

/// <summary>
/// A card action's verb (the <c>verb</c> of its submit data, for example <c>register/next</c>): a typed
/// value declared by the dialog that handles it, so routing is a look-up, not string splitting, and a
/// test can check every verb in <c>cards/</c> against the dialogs.
/// </summary>
public sealed record Verb(string Value)
{
    public override string ToString() => Value;
}
