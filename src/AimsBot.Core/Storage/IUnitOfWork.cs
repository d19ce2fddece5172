namespace AimsBot.Core.Storage;

/// <summary>
/// The main store's transaction: a turn's writes (dialog state, records, audit, outbox, its delivery
/// key) commit together or not at all. The store engine behind it lives in an adapter
/// (<c>Storage/LiteDb</c>); a shared database would implement the same port.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction on the calling thread and commits it; an
    /// exception rolls it back and is rethrown. Inside a transaction already open on this thread,
    /// the work joins it and the outer caller commits.
    /// </summary>
    T InTransaction<T>(Func<T> work);

    /// <summary>
    /// Runs <paramref name="action"/> once the outermost transaction open on this thread has committed
    /// (at once when none is open): a wake-up for a worker on another connection must not come before
    /// what it wakes it for is visible. A store whose transactions are visible at once runs it at once.
    /// </summary>
    void AfterCommit(Action action) => action();
}
