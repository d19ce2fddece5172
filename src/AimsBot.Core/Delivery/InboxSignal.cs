namespace AimsBot.Core.Delivery;

/// <summary>Wakes the turn processor when the inbox has new turns.</summary>
public sealed class InboxSignal
{
    public QueueSignal Signal { get; } = new();
}
