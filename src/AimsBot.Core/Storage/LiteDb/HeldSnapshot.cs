namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// A small collection's documents held in memory as one read-only snapshot, read again after a write to it
/// (<see cref="Changed"/>, called inside the write's transaction) or any rolled-back transaction. For collections
/// read whole far more often than written (the people the bot knows, role changes): a planner tick and every due
/// bundle read them. The reading takes no lock of this class (the database's lock is never taken while holding
/// it); a write during the reading leaves the result unheld, and the next call reads again.
/// </summary>
/// <typeparam name="T">What is held: the documents, or an index built from them. Callers must not change it.</typeparam>
public sealed class HeldSnapshot<T>(AimsDatabase database, Func<T> read)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _held;
    private long _generation;
    private long _changes;

    public T Current()
    {
        long changes;
        lock (_gate)
        {
            if (_held is not null && _generation == database.Rollbacks)
            {
                return _held;
            }

            changes = _changes;
        }

        var rollbacks = database.Rollbacks;
        var fresh = read();
        lock (_gate)
        {
            if (changes == _changes && rollbacks == database.Rollbacks)
            {
                (_held, _generation) = (fresh, rollbacks);
            }
        }

        return fresh;
    }

    /// <summary>Drops the snapshot: its collection was written.</summary>
    public void Changed()
    {
        lock (_gate)
        {
            _changes++;
            _held = null;
        }
    }
}
