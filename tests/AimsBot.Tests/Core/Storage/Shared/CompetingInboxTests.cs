using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage.PostgreSql;

namespace AimsBot.Tests.Core.Storage.Shared;

/// <summary>Two instances on one PostgreSQL inbox: competing consumers, in order per conversation, once each.</summary>
public sealed class CompetingInboxTests
{
    [Fact]
    public async Task Four_Workers_On_Two_Instances_Run_Every_Turn_Once_In_Order_And_Never_Two_Of_A_Conversation_At_Once()
    {
        // Arrange: 240 turns in 6 conversations, accepted half by each instance.
        using var shared = SharedInstances.CreateOrSkip();
        var items = Enumerable.Range(0, 240).Select(i => SharedInstances.Turn("c" + (i % 6), i)).ToList();
        shared.First.Get<IInboxStore>().Append(items.Take(120).ToList(), DateTime.UtcNow);
        shared.Second.Get<IInboxStore>().Append(items.Skip(120).ToList(), DateTime.UtcNow);
        var inboxes = new[] { shared.First.Get<ICompetingInbox>(), shared.Second.Get<ICompetingInbox>() };
        var log = new ConcurrentTurnLog();

        // Act
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            var inbox = inboxes[w % 2];
            while (inbox.TryRunNext(item => log.Run(item, TimeSpan.FromMilliseconds(1))))
            {
            }
        }, TestContext.Current.CancellationToken)).ToArray();
        await Task.WhenAll(workers);

        // Assert
        Assert.Equal(0, log.Overlaps);
        Assert.Equal(240, log.Ran.Count);
        Assert.Equal(240, log.Ran.Distinct(StringComparer.Ordinal).Count());
        Assert.All(log.Order.Values, ids => Assert.Equal(ids.Order(), ids));
        Assert.Equal(0, shared.First.Get<IInboxStore>().CountAfter(0));
    }

    [Fact]
    public void A_Turn_Whose_Instance_Fails_Part_Way_Is_Run_By_The_Other_And_Nothing_Of_The_First_Attempt_Stays()
    {
        // Arrange
        using var shared = SharedInstances.CreateOrSkip();
        shared.First.Get<IInboxStore>().Append([SharedInstances.Turn("c1", 1)], DateTime.UtcNow);
        var audit = shared.First.Get<PgDatabase>();

        // Act: the first instance's transaction breaks after a write (as when its process dies: the server rolls it back).
        Assert.Throws<InvalidOperationException>(() => shared.First.Get<ICompetingInbox>().TryRunNext(item =>
        {
            audit.Execute("INSERT INTO counters (id, value) VALUES ('half-done', 1)");
            throw new InvalidOperationException("instance died");
        }));
        InboxItem? taken = null;
        var ran = shared.Second.Get<ICompetingInbox>().TryRunNext(item => taken = item);

        // Assert
        Assert.True(ran);
        Assert.Equal("teams:c1-1", taken!.DeliveryKey);
        Assert.Equal(0, audit.Scalar<int>("SELECT count(*) FROM counters WHERE id = 'half-done'"));
        Assert.False(shared.First.Get<ICompetingInbox>().TryRunNext(_ => { }));
    }

    [Fact]
    public async Task A_Redelivery_Reaching_The_Other_Instance_Is_Recognised_And_Not_Run_Again()
    {
        // Arrange: the first instance accepts and runs a turn.
        using var shared = SharedInstances.CreateOrSkip();
        var person = Infrastructure.TranscriptHarness.Requester;
        var turn = shared.First.NewTurn(TurnKind.Message, person) with { Text = "help" };
        await shared.First.Get<IInboxWriter>().AcceptAsync(turn, TestContext.Current.CancellationToken);
        SharedInstances.Processor(shared.First).DrainOnce(TestContext.Current.CancellationToken);
        var repliesAfterFirst = shared.First.Get<IOutboxStore>().Count(OutboxState.Pending);

        // Act: the platform redelivers it, and the load balancer sends it to the second instance.
        await shared.Second.Get<IInboxWriter>().AcceptAsync(turn, TestContext.Current.CancellationToken);
        var ranOnSecond = SharedInstances.Processor(shared.Second).DrainOnce(TestContext.Current.CancellationToken);

        // Assert: taken from the inbox, recognised as processed, nothing queued twice.
        Assert.True(repliesAfterFirst > 0);
        Assert.Equal(1, ranOnSecond);
        Assert.Equal(repliesAfterFirst, shared.Second.Get<IOutboxStore>().Count(OutboxState.Pending));
        Assert.True(shared.Second.Get<IProcessedTurns>().Contains(InboxWriter.DeliveryKey(turn)));
    }

    [Fact]
    public void The_Same_Turn_Accepted_By_Both_Instances_Is_Stored_Once()
    {
        // Arrange
        using var shared = SharedInstances.CreateOrSkip();
        var turn = SharedInstances.Turn("c1", 1);

        // Act
        shared.First.Get<IInboxStore>().Append([turn], DateTime.UtcNow);
        shared.Second.Get<IInboxStore>().Append([turn, SharedInstances.Turn("c1", 2)], DateTime.UtcNow);

        // Assert
        Assert.Equal(2, shared.First.Get<IInboxStore>().CountAfter(0));
    }
}
