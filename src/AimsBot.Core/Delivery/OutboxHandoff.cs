namespace AimsBot.Core.Delivery;

/// <summary>
/// The sender's fast path (LiteDB): rows the outbox has just committed are handed to the sender in
/// memory, so it need not query the store (and wait for its lock) to find them. The stored outbox stays
/// the source of truth: after a restart, or whenever anything pending reached the store another way
/// (a retry, a hold, the pacer, a dead letter sent again, a message scheduled for later once it falls
/// due, a handoff over <see cref="MostKept"/>), the handoff turns itself off and the sender reads the
/// store again, until a read of the store returns every due item (and nothing else pending is due
/// before the next one is known): from then on, every new due row comes through here, in commit order.
/// Ids grow with commits (one writer at a time), which tells a row the store already handed out from a new one.
/// </summary>
public sealed class OutboxHandoff
{
    /// <summary>Most rows kept for the sender; past this, the sender reads the store again.</summary>
    public const int MostKept = 10_000;

    private readonly Lock _gate = new();
    private readonly Queue<OutboxItem> _items = new();
    private bool _on;
    private long _version;
    private long _handedUpTo;
    private DateTime _onUntil = DateTime.MaxValue;

    /// <summary>Changes whenever rows were committed; a read of the store that saw no change may turn the handoff on.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>Rows just committed (in id order). Called after the commit, never inside it.</summary>
    public void Add(IReadOnlyList<OutboxItem> items)
    {
        lock (_gate)
        {
            _version++;
            if (!_on)
            {
                return;
            }

            if (_items.Count + items.Count > MostKept || items.Any(x => x.Id <= _handedUpTo || x.State != OutboxState.Pending))
            {
                TurnOffLocked();
                return;
            }

            foreach (var item in items)
            {
                _items.Enqueue(item);
                _handedUpTo = item.Id;
            }
        }
    }

    /// <summary>Something pending reached the store another way: the sender reads the store again.</summary>
    public void TurnOff()
    {
        lock (_gate)
        {
            TurnOffLocked();
        }
    }

    /// <summary>
    /// A read of the store that began at <paramref name="version"/> returned every item then due (none
    /// held back), the newest with id <paramref name="newestId"/>; the next pending one falls due at
    /// <paramref name="nextLater"/> (null: none). Unless rows were committed meanwhile (then the handoff
    /// stays off, to be tried at the next read), new rows come through here from now on.
    /// </summary>
    public void StoreReadAll(long version, long newestId, DateTime? nextLater)
    {
        lock (_gate)
        {
            if (version != _version)
            {
                TurnOffLocked();
                return;
            }

            // What it holds was committed before the read: handed out by it, or not yet due (nextLater).
            _items.Clear();
            _on = true;
            _handedUpTo = Math.Max(_handedUpTo, newestId);
            _onUntil = nextLater ?? DateTime.MaxValue;
        }
    }

    /// <summary>
    /// Up to <paramref name="take"/> rows due at <paramref name="now"/>, oldest first; null when the
    /// sender must read the store instead (the handoff is off, or empty).
    /// </summary>
    public IReadOnlyList<OutboxItem>? Take(DateTime now, int take)
    {
        lock (_gate)
        {
            if (_on && now >= _onUntil)
            {
                // Something scheduled for later may be due: only the store knows what.
                TurnOffLocked();
            }

            if (!_on || _items.Count == 0)
            {
                return null;
            }

            var taken = new List<OutboxItem>(Math.Min(take, _items.Count));
            while (taken.Count < take && _items.TryDequeue(out var item))
            {
                if (item.NextAttemptAt > now)
                {
                    // Scheduled for later: it stays in the store, and the handoff holds only until then.
                    _onUntil = item.NextAttemptAt.Value < _onUntil ? item.NextAttemptAt.Value : _onUntil;
                    continue;
                }

                taken.Add(item);
            }

            return taken.Count == 0 ? null : taken;
        }
    }

    private void TurnOffLocked()
    {
        _on = false;
        _items.Clear();
        _onUntil = DateTime.MaxValue;
    }
}
