namespace AimsBot.Core.Delivery;

/// <summary>Reads and settles outbox items for the sender.</summary>
public interface IOutboxStore
{
    /// <summary>Pending items whose next attempt is due, earliest first (replies queued together keep their order).</summary>
    IReadOnlyList<OutboxItem> Due(DateTime now, int take);

    /// <summary>When the next pending item falls due, or null when none is pending.</summary>
    DateTime? NextDue();

    IReadOnlyList<OutboxItem> InState(OutboxState state);

    /// <summary>Saves the items in one commit.</summary>
    void Save(IReadOnlyCollection<OutboxItem> items);

    int Count(OutboxState state);
}
