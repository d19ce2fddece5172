using AimsBot.Core.Delivery;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The pending outbox rows that hold back their conversation (<see cref="OutboxItem.HoldsConversation"/>), kept
/// in memory for <see cref="LiteDbOutboxStore"/> instead of in an index: the index cost every queued reply an
/// index write for a flag that is almost always false. Read from the store on first use, then kept by the
/// store's saves, the only place the flag changes (a new row never holds, and only sent rows are purged). One
/// host owns a LiteDB file, so nothing else writes it.
/// </summary>
internal sealed class OutboxHolds
{
    private readonly Dictionary<string, SortedDictionary<long, DateTime>> _byConversation = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _loaded;

    /// <summary>Loads the holding rows from <paramref name="pending"/> (every pending row) unless already loaded.</summary>
    public void LoadOnce(Func<IEnumerable<OutboxItem>> pending)
    {
        lock (_gate)
        {
            if (_loaded)
            {
                return;
            }
        }

        var holding = pending().Where(x => x.HoldsConversation).Select(Change.Of).ToList();
        lock (_gate)
        {
            if (!_loaded)
            {
                holding.ForEach(Apply);
                _loaded = true;
            }
        }
    }

    /// <summary>Takes in rows as saved (call once their save has committed).</summary>
    public void Saved(IReadOnlyList<Change> changes)
    {
        lock (_gate)
        {
            if (_loaded)
            {
                foreach (var change in changes)
                {
                    Apply(change);
                }
            }
        }
    }

    /// <summary>The earliest holding row of each conversation, among the rows not in <paramref name="taken"/>.</summary>
    public Dictionary<string, Holder> FirstOutside(IReadOnlySet<long> taken)
    {
        var first = new Dictionary<string, Holder>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (conversation, rows) in _byConversation)
            {
                foreach (var (id, next) in rows)
                {
                    if (!taken.Contains(id))
                    {
                        first[conversation] = new Holder(id, next);
                        break;
                    }
                }
            }
        }

        return first;
    }

    private void Apply(Change change)
    {
        if (change.Holds)
        {
            if (!_byConversation.TryGetValue(change.Conversation, out var rows))
            {
                rows = [];
                _byConversation[change.Conversation] = rows;
            }

            rows[change.Id] = change.Next;
        }
        else if (_byConversation.TryGetValue(change.Conversation, out var rows) && rows.Remove(change.Id) && rows.Count == 0)
        {
            _byConversation.Remove(change.Conversation);
        }
    }

    /// <summary>A holding row: its id and when it is next due.</summary>
    public readonly record struct Holder(long Id, DateTime Next);

    /// <summary>A row as saved: whether it now holds its conversation, and until when.</summary>
    public readonly record struct Change(long Id, string Conversation, bool Holds, DateTime Next)
    {
        public static Change Of(OutboxItem item) =>
            new(item.Id, item.Conversation, item.HoldsConversation, item.NextAttemptAt.GetValueOrDefault());
    }
}
