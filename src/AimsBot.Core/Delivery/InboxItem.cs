namespace AimsBot.Core.Delivery;

public enum InboxState
{
    Pending = 1,
    Done = 2,
    Failed = 3,
}

/// <summary>A stored turn waiting for (or done with) processing.</summary>
public sealed class InboxItem
{
    /// <summary>Arrival order.</summary>
    public long Id { get; set; }

    /// <summary>Platform + delivery id; unique, so a redelivery is recognised.</summary>
    public string DeliveryKey { get; set; } = "";

    /// <summary>The <see cref="Conversations.IncomingTurn"/> as JSON.</summary>
    public string Turn { get; set; } = "";

    public InboxState State { get; set; } = InboxState.Pending;

    public int Attempts { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public string? Error { get; set; }
}
