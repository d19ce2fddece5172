namespace AimsBot.Core.Delivery;

/// <summary>Reads and settles outbox items for the sender.</summary>
public interface IOutboxStore
{
    /// <summary>Pending items whose next attempt is due, earliest first (replies queued together keep their order).</summary>
    IReadOnlyList<OutboxItem> Due(DateTime now, int take);

    /// <summary>When the next pending item falls due, or null when none is pending.</summary>
    DateTime? NextDue();

    /// <summary>
    /// The longest the sender sleeps before it looks at the store again without being signalled. A store
    /// only this host writes signals every new item; a shared store also gets items from other instances,
    /// whose replies this one must pick up when their instance dies before sending them.
    /// </summary>
    TimeSpan IdleRecheck => TimeSpan.FromMinutes(5);

    IReadOnlyList<OutboxItem> InState(OutboxState state);

    /// <summary>Saves the items in one commit.</summary>
    void Save(IReadOnlyCollection<OutboxItem> items);

    int Count(OutboxState state);

    /// <summary>Deletes messages sent before <paramref name="cutoff"/>; returns how many.</summary>
    int PurgeSent(DateTime cutoff);
}
