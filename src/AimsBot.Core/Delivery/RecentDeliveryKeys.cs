namespace AimsBot.Core.Delivery;

/// <summary>
/// The delivery keys of the newest turns the inbox accepted, so that a redelivery arriving while the
/// first copy still waits (or soon after) is recognised without an index in the inbox file. Older
/// redeliveries are stored again and then recognised by <see cref="IProcessedTurns"/>, which is what
/// keeps a turn from running twice; this window only saves storing and reading the copy.
/// Used only by the inbox writer's thread.
/// </summary>
public sealed class RecentDeliveryKeys(int capacity)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public int Count => _keys.Count;

    public bool Contains(string deliveryKey) => _keys.Contains(deliveryKey);

    /// <summary>Remembers the key, forgetting the oldest once the window is full.</summary>
    public void Add(string deliveryKey)
    {
        if (!_keys.Add(deliveryKey))
        {
            return;
        }

        _order.Enqueue(deliveryKey);
        if (_order.Count > capacity)
        {
            _keys.Remove(_order.Dequeue());
        }
    }
}
