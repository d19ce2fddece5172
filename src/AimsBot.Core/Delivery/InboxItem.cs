namespace AimsBot.Core.Delivery;

/// <summary>
/// An accepted turn, as the edge acknowledged it. Written once and never updated: the processor
/// reads the inbox in <see cref="Id"/> order past its position, and records what it has run in the
/// main store (<see cref="IProcessedTurns"/>), in the same transaction as the turn's effects.
/// </summary>
public sealed class InboxItem
{
    /// <summary>Arrival order, never reused (the newest item is never purged).</summary>
    public long Id { get; set; }

    /// <summary>Platform + delivery id; unique, so a redelivery is recognised.</summary>
    public string DeliveryKey { get; set; } = "";

    /// <summary>The <see cref="Conversations.IncomingTurn"/> as JSON.</summary>
    public string Turn { get; set; } = "";

    public DateTime ReceivedAt { get; set; }
}
