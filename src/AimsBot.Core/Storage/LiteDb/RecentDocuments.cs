namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The last stored state of a few recently used documents, so that a turn from someone seen a moment
/// ago needs no read to learn that nothing changed (each LiteDB look-up plans and explains a query, and
/// two of them were an eighth of a turn's cost). Only the one writer of the collection may use it: it
/// sets what it writes, inside the write's transaction, and everything held is dropped when any
/// transaction rolls back. Bounded: when full, it starts again empty.
/// </summary>
/// <typeparam name="T">An immutable value, or a copy the caller will not change.</typeparam>
public sealed class RecentDocuments<T>(AimsDatabase database, int capacity = 4096)
    where T : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);
    private long _generation = -1;

    /// <summary>The held value of <paramref name="key"/>, or null when it is not held.</summary>
    public T? Get(string key)
    {
        lock (_gate)
        {
            DropIfRolledBack();
            return _items.GetValueOrDefault(key);
        }
    }

    /// <summary>Holds <paramref name="value"/> as the stored state of <paramref name="key"/>.</summary>
    public void Set(string key, T value)
    {
        lock (_gate)
        {
            DropIfRolledBack();
            if (_items.Count >= capacity && !_items.ContainsKey(key))
            {
                _items.Clear();
            }

            _items[key] = value;
        }
    }

    /// <summary>Drops everything held (the collection was written another way).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _items.Clear();
        }
    }

    private void DropIfRolledBack()
    {
        var rollbacks = database.Rollbacks;
        if (_generation != rollbacks)
        {
            _items.Clear();
            _generation = rollbacks;
        }
    }
}
