namespace AimsBot.Core.Delivery;

public enum OutboxState
{
    Pending = 1,
    Sent = 2,

    /// <summary>Gave up after the last attempt or a permanent failure; kept for inspection.</summary>
    Dead = 3,
}

/// <summary>A stored reply waiting to be sent, with its retry bookkeeping.</summary>
public sealed class OutboxItem
{
    public long Id { get; set; }

    /// <summary>Unique: the same reply is never queued twice.</summary>
    public string IdempotencyKey { get; set; } = "";

    /// <summary>The target <see cref="Conversations.ConversationRef"/> as JSON (a snapshot: the sender needs no lookup).</summary>
    public string Conversation { get; set; } = "";

    /// <summary>The <see cref="Conversations.Reply"/> as JSON.</summary>
    public string Reply { get; set; } = "";

    public OutboxState State { get; set; } = OutboxState.Pending;

    public int Attempts { get; set; }

    /// <summary>
    /// When the next attempt is due while the item is pending; cleared once it is sent or dead, so the
    /// sender reads due items in order straight from this index (LiteDB sorts other orders in a buffer
    /// allocated per query).
    /// </summary>
    public DateTime? NextAttemptAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// Held until this time (<see cref="Conversations.Reply.NotBefore"/>): the first attempt is due
    /// then, so the due index (<see cref="NextAttemptAt"/>) holds it without a second index.
    /// </summary>
    public DateTime? NotBefore { get; set; }

    /// <summary>Once sent, <see cref="Reply"/> loses its text and card (<see cref="Conversations.Reply.Redact"/>).</summary>
    public bool Redact { get; set; }

    public DateTime? SentAt { get; set; }

    public string? SentMessageId { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// Pending, and already tried or held back (a retry's backoff, a destination's circuit, the pacer):
    /// the conversation's later messages must wait behind it. Kept by the store when it saves the item
    /// (see <see cref="HoldsBack"/>).
    /// </summary>
    public bool HoldsConversation { get; set; }

    /// <summary>
    /// Whether this item, as it now stands, holds back its conversation: pending, and tried or due later
    /// than it first fell due (its not-before time or its queueing). A message merely scheduled for later
    /// (<see cref="NotBefore"/>) holds back nobody.
    /// </summary>
    public bool HoldsBack() =>
        State == OutboxState.Pending && (Attempts > 0 || NextAttemptAt > (NotBefore > CreatedAt ? NotBefore : CreatedAt));
}
