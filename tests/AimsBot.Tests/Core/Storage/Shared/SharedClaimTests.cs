using AimsBot.Core.Delivery;

namespace AimsBot.Tests.Core.Storage.Shared;

/// <summary>
/// How a shared-inbox batch finds conversation heads: among the oldest turns first, then among every
/// waiting conversation when those give too few, so neither a flood of one conversation nor heads held
/// by another instance hide a conversation that can run.
/// </summary>
public sealed class SharedClaimTests
{
    [Fact]
    public void A_Conversation_Waiting_Behind_A_Flood_Of_Another_Is_Claimed_In_The_Same_Batch()
    {
        // Arrange: 40 turns of one conversation, then one of another (a batch of 2 looks at the oldest 16 first).
        using var shared = SharedInstances.CreateOrSkip();
        var flood = Enumerable.Range(1, 40).Select(n => SharedInstances.Turn("flood", n)).ToList();
        var quiet = SharedInstances.Turn("quiet", 1);
        shared.First.Get<IInboxStore>().Append([.. flood, quiet], DateTime.UtcNow);
        var ran = new List<string>();

        // Act
        var taken = shared.First.Get<ICompetingInbox>().RunBatch(2, item => ran.Add(item.DeliveryKey));

        // Assert: the flood's head and the quiet conversation's turn, in arrival order.
        Assert.Equal(2, taken);
        Assert.Equal([flood[0].DeliveryKey, quiet.DeliveryKey], ran);
    }

    [Fact]
    public async Task A_Batch_Skips_Heads_Another_Instance_Holds_And_Takes_A_Head_Beyond_Its_Window()
    {
        // Arrange: 10 conversations with 3 turns each, arriving in turn; the first instance holds the heads of 8.
        using var shared = SharedInstances.CreateOrSkip();
        var turns = Enumerable.Range(1, 3).SelectMany(n => Enumerable.Range(0, 10).Select(c => SharedInstances.Turn("c" + c, n))).ToList();
        shared.First.Get<IInboxStore>().Append(turns, DateTime.UtcNow);
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var cancel = TestContext.Current.CancellationToken;
        var first = Task.Run(
            () => shared.First.Get<ICompetingInbox>().RunBatch(8, _ =>
            {
                holding.Set();
                release.Wait(cancel);
            }),
            cancel);
        holding.Wait(cancel);
        var ran = new List<string>();

        // Act: a batch of 1 looks at the oldest 8 turns first (all held), then at every conversation.
        var taken = shared.Second.Get<ICompetingInbox>().RunBatch(1, item => ran.Add(item.DeliveryKey));
        release.Set();
        var takenByFirst = await first;

        // Assert: the oldest head nobody holds, never a later turn of a held conversation.
        Assert.Equal(1, taken);
        Assert.Equal([turns[8].DeliveryKey], ran);
        Assert.Equal(8, takenByFirst);
    }

    [Fact]
    public void A_Short_Queue_Is_Claimed_Whole_Without_Looking_Further()
    {
        // Arrange: fewer turns than a batch, two of one conversation.
        using var shared = SharedInstances.CreateOrSkip();
        var turns = new[] { SharedInstances.Turn("a", 1), SharedInstances.Turn("b", 1), SharedInstances.Turn("a", 2) };
        shared.First.Get<IInboxStore>().Append(turns, DateTime.UtcNow);
        var ran = new List<string>();
        var inbox = shared.First.Get<ICompetingInbox>();

        // Act
        var firstBatch = inbox.RunBatch(64, item => ran.Add(item.DeliveryKey));
        var secondBatch = inbox.RunBatch(64, item => ran.Add(item.DeliveryKey));

        // Assert: one head per conversation per batch; a's second turn only after its first committed.
        Assert.Equal([2, 1], new[] { firstBatch, secondBatch });
        Assert.Equal(turns.Select(x => x.DeliveryKey), ran);
    }
}
