using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using AimsBot.Core.Storage.PostgreSql;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Storage.Shared;

/// <summary>Two instances on one PostgreSQL outbox and schema; and the settings that select PostgreSQL.</summary>
public sealed class SharedOutboxAndSchemaTests
{
    [Fact]
    public void Each_Instance_Takes_Different_Messages_And_A_Conversation_Stays_In_Order_Until_A_Lease_Runs_Out()
    {
        // Arrange: two replies to one person, one to another.
        using var shared = SharedInstances.CreateOrSkip();
        var outbox = shared.First.Get<IOutbox>();
        outbox.Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Requester), [Reply.Say("a1"), Reply.Say("a2")], "turn-a");
        outbox.Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Admin), [Reply.Say("b1")], "turn-b");
        var first = shared.First.Get<IOutboxStore>();
        var second = shared.Second.Get<IOutboxStore>();
        var now = shared.First.Time.GetUtcNow().UtcDateTime;

        // Act
        var takenByFirst = first.Due(now, 1);
        var takenBySecond = second.Due(now, 10);
        var afterLease = second.Due(now + PgOutboxStore.Lease + TimeSpan.FromSeconds(1), 10);

        // Assert: a2 waits while a1 is held by the first instance; once the leases ran out (nobody
        // settled anything: both instances died), everything is taken again, in order.
        Assert.Equal(["a1"], Texts(takenByFirst));
        Assert.Equal(["b1"], Texts(takenBySecond));
        Assert.Equal(["a1", "a2", "b1"], Texts(afterLease));
    }

    [Fact]
    public async Task A_Reply_Queued_In_A_Turn_Wakes_The_Sender_Only_After_The_Commit()
    {
        // Arrange: the sender waits for its signal (it reads on its own connection).
        using var shared = SharedInstances.CreateOrSkip();
        var signal = shared.First.Get<OutboxSignal>();
        var woken = signal.Signal.WaitAsync(TestContext.Current.CancellationToken).AsTask();
        var wokenInsideTheTransaction = true;

        // Act
        shared.First.Get<PgDatabase>().InTransaction(() =>
        {
            shared.First.Get<IOutbox>().Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Requester), [Reply.Say("after commit")], "turn-signal");
            Thread.Sleep(100);
            wokenInsideTheTransaction = woken.IsCompleted;
            return 0;
        });
        await woken.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Assert: woken only once the row is visible to the sender's connection.
        Assert.False(wokenInsideTheTransaction);
        Assert.Single(shared.First.Get<IOutboxStore>().Due(shared.First.Time.GetUtcNow().UtcDateTime, 10));
    }

    [Fact]
    public void A_Batch_Saved_By_One_Instance_Releases_What_It_Left_So_The_Other_Can_Send_It()
    {
        // Arrange
        using var shared = SharedInstances.CreateOrSkip();
        shared.First.Get<IOutbox>().Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Requester), [Reply.Say("a1"), Reply.Say("a2")], "turn-a");
        var now = shared.First.Time.GetUtcNow().UtcDateTime;
        var taken = shared.First.Get<IOutboxStore>().Due(now, 10);
        taken[0].State = OutboxState.Sent;
        taken[0].SentAt = now;
        taken[0].NextAttemptAt = null;

        // Act: the first instance settles a1 only (a2 must wait, say for its destination).
        shared.First.Get<IOutboxStore>().Save([taken[0]]);
        var next = shared.Second.Get<IOutboxStore>().Due(now, 10);

        // Assert
        Assert.Equal(["a2"], Texts(next));
    }

    [Fact]
    public void A_Live_Instance_Renews_Its_Leases_And_A_Dead_One_Loses_Them_Within_A_Lease()
    {
        // Arrange: the first instance takes a reply and is slow to settle it.
        using var shared = SharedInstances.CreateOrSkip();
        shared.First.Get<IOutbox>().Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Requester), [Reply.Say("a1")], "turn-a");
        var first = shared.First.Get<IOutboxStore>();
        var second = shared.Second.Get<IOutboxStore>();
        var start = shared.First.Time.GetUtcNow().UtcDateTime;
        Assert.Equal(["a1"], Texts(first.Due(start, 10)));

        // Act: while it lives its renewals keep the reply past the first lease; then it dies (no more renewals).
        shared.First.Time.Advance(PgOutboxStore.Lease - TimeSpan.FromSeconds(1));
        var whileAlive = second.Due(start + PgOutboxStore.Lease + TimeSpan.FromSeconds(1), 10);
        ((IDisposable)first).Dispose();
        var afterDeath = second.Due(start + (2 * PgOutboxStore.Lease) + TimeSpan.FromSeconds(1), 10);

        // Assert
        Assert.Empty(whileAlive);
        Assert.Equal(["a1"], Texts(afterDeath));
    }

    [Fact]
    public async Task Instances_Starting_Together_Create_The_Schema_Once()
    {
        // Arrange
        using var database = PostgresTestDatabase.CreateOrSkip();

        // Act
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PgDatabase.Open(database.ConnectionString), TestContext.Current.CancellationToken)));
        var versions = opened[0].Query("SELECT version FROM aimsbot_schema ORDER BY version", r => r.GetInt32(0));
        foreach (var instance in opened)
        {
            instance.Dispose();
        }

        // Assert
        Assert.Equal(Enumerable.Range(1, PgSchema.Latest), versions);
    }

    [Fact]
    public void PostgreSql_Without_A_Connection_String_Stops_The_Host_Naming_The_Setting()
    {
        // Arrange
        using var chat = new TranscriptHarness(new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql" });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => chat.Get<IOptions<StorageOptions>>().Value);

        // Assert
        Assert.Contains("ConnectionStrings:AimsBot is required when Storage:Provider is PostgreSql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Port=5432;Database=aimsbot", "must name a Host")]
    [InlineData("Host=db;Bogus Keyword=1", "is not a valid PostgreSQL connection string")]
    public void A_Bad_Connection_String_Stops_The_Host_Naming_The_Setting(string connectionString, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness(new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", ["ConnectionStrings:AimsBot"] = connectionString });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => chat.Get<IOptions<StorageOptions>>().Value);

        // Assert
        Assert.Contains("ConnectionStrings:AimsBot " + expected, error.Message, StringComparison.Ordinal);
    }

    private static List<string?> Texts(IEnumerable<OutboxItem> items) => [.. items.Select(x => DeliveryJson.ReadReply(x.Reply).Text)];
}
