namespace AimsBot.Core.Delivery;

/// <summary>
/// An inbox that several instances drain together (a shared store): each call hands one waiting
/// turn to a callback inside a transaction that also removes it from the inbox, so the
/// turn's effects and its removal commit together, and a turn whose instance dies is handed out
/// again. A conversation's turns are handed out in arrival order, one at a time across instances.
/// </summary>
public interface ICompetingInbox
{
    /// <summary>Runs the oldest turn no other instance holds and whose conversation has no earlier turn waiting; false when there is none.</summary>
    bool TryRunNext(Action<InboxItem> run);

    /// <summary>
    /// Runs up to <paramref name="take"/> turns of different conversations, each the oldest waiting turn of
    /// its conversation, in one transaction (the callback runs each in a savepoint of its own, so a failing
    /// turn is undone alone); returns how many were taken (0 when there is none).
    /// </summary>
    int RunBatch(int take, Action<InboxItem> run);
}
