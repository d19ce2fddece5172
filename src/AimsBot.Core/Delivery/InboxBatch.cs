namespace AimsBot.Core.Delivery;

/// <summary>
/// One group commit's turns, stored as one document in the inbox file. A commit inserts one
/// document (occasionally a few, see <see cref="InboxWriter"/>) rather than one per turn, so an
/// acknowledgement costs the inbox a share of one primary-key insert instead of two index inserts
/// of its own. Turn ids run on without gaps from one batch to the next.
/// </summary>
public sealed class InboxBatch
{
    /// <summary>The id of its last turn: batches are read and purged in this order.</summary>
    public long Id { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>Its turns in arrival order, with consecutive ids ending at <see cref="Id"/>.</summary>
    public List<InboxItem> Items { get; set; } = [];
}
