using System.Collections.Concurrent;
using AimsBot.Core.Delivery;

namespace AimsBot.Tests.Core.Storage.Shared;

/// <summary>
/// What workers on several instances ran: every turn's delivery key, each conversation's turn ids in the
/// order they ran, and how often two turns of one conversation ran at the same time.
/// </summary>
internal sealed class ConcurrentTurnLog
{
    private readonly ConcurrentDictionary<string, int> running = new(StringComparer.Ordinal);
    private int overlaps;

    public ConcurrentDictionary<string, ConcurrentQueue<long>> Order { get; } = new(StringComparer.Ordinal);

    public ConcurrentBag<string> Ran { get; } = [];

    public int Overlaps => overlaps;

    /// <summary>Records <paramref name="item"/> as running, holds it for <paramref name="hold"/>, then as done.</summary>
    public void Run(InboxItem item, TimeSpan hold = default)
    {
        var conversation = DeliveryJson.ReadTurn(item.Turn).Conversation.Key;
        if (running.AddOrUpdate(conversation, 1, (_, n) => n + 1) > 1)
        {
            Interlocked.Increment(ref overlaps);
        }

        Order.GetOrAdd(conversation, _ => new ConcurrentQueue<long>()).Enqueue(item.Id);
        Ran.Add(item.DeliveryKey);
        if (hold > TimeSpan.Zero)
        {
            Thread.Sleep(hold);
        }

        running.AddOrUpdate(conversation, 0, (_, n) => n - 1);
    }
}
