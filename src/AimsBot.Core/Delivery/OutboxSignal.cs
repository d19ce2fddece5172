namespace AimsBot.Core.Delivery;

/// <summary>Wakes the outbox sender when messages are queued.</summary>
public sealed class OutboxSignal
{
    public QueueSignal Signal { get; } = new();
}
