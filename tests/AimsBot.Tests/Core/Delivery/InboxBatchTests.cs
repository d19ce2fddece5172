using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>The inbox file keeps one document per group commit; redeliveries are recognised from memory.</summary>
public sealed class InboxBatchTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-batches-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string InboxFile => Path.Combine(_folder.FullName, "inbox.db");

    private TranscriptHarness Open(int recentKeys = 20_000) => new(new()
    {
        ["Storage:Path"] = Path.Combine(_folder.FullName, "aimsbot.db"),
        ["Delivery:InboxRecentKeys"] = recentKeys.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static TurnProcessor Processor(TranscriptHarness chat) => TurnProcessors.For(chat);

    private static InboxItem Item(long id, int turnLength) =>
        new() { Id = id, DeliveryKey = "teams:t" + id, Turn = new string('x', turnLength), ReceivedAt = DateTime.UnixEpoch };

    [Fact]
    public async Task A_Redelivery_After_A_Restart_Is_Still_Recognised()
    {
        // Arrange
        var turn = new IncomingTurn("before-restart", TurnKind.Message, TranscriptHarness.PersonalChat(TranscriptHarness.Requester), TranscriptHarness.Requester, DateTimeOffset.UnixEpoch) { Text = "help" };
        using (var before = Open())
        {
            await before.Inbox.AcceptAsync(turn, TestContext.Current.CancellationToken);
        }

        // Act
        using var after = Open();
        var again = await after.Inbox.AcceptAsync(turn, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(InboxAcceptance.Duplicate, again);
        Assert.Single(after.Get<InboxDatabase>().ReadAll());
    }

    [Fact]
    public async Task A_Redelivery_Older_Than_The_Window_Is_Stored_Again_But_Runs_Once()
    {
        // Arrange: a window of 100 keys; the first turn is 100 turns old when it comes again.
        using var chat = Open(recentKeys: 100);
        var first = chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" };
        await chat.Inbox.AcceptAsync(first, TestContext.Current.CancellationToken);
        for (var i = 0; i < 100; i++)
        {
            await chat.Inbox.AcceptAsync(chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);
        }

        // Act
        var again = await chat.Inbox.AcceptAsync(first, TestContext.Current.CancellationToken);
        var processor = Processor(chat);
        var taken = 0;
        for (var batch = processor.DrainOnce(TestContext.Current.CancellationToken); batch > 0; batch = processor.DrainOnce(TestContext.Current.CancellationToken))
        {
            taken += batch;
        }

        // Assert: 102 stored and read, 101 answered.
        Assert.Equal(InboxAcceptance.Accepted, again);
        Assert.Equal(102, taken);
        Assert.Equal(101, chat.Get<IOutboxStore>().InState(OutboxState.Pending).Count);
    }

    [Fact]
    public void Large_Turns_Split_A_Commit_Into_Several_Documents_Read_In_Order()
    {
        // Arrange: five turns of 900,000 characters; a document holds up to 2,000,000.
        using var inbox = InboxDatabase.Open(InboxFile);
        var store = new LiteDbInboxStore(inbox);

        // Act
        var documents = inbox.InTransaction(() => inbox.Append([.. Enumerable.Range(1, 5).Select(i => Item(i, 900_000))], DateTime.UnixEpoch));

        // Assert: [1, 2] [3, 4] [5]; reads come in whole batches from the position on.
        Assert.Equal(3, documents);
        Assert.Equal([2L, 4L, 5L], inbox.Batches.FindAll().Select(b => b.Id));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], inbox.ReadAll().Select(x => x.Id));
        Assert.Equal([1L, 2L], store.After(0, take: 1).Select(x => x.Id));
        Assert.Equal([2L], store.After(1, take: 1).Select(x => x.Id));
        Assert.Equal([3L, 4L], store.After(2, take: 2).Select(x => x.Id));
        Assert.Equal([3L, 4L, 5L], store.After(2, take: 3).Select(x => x.Id));
        Assert.Empty(store.After(5, take: 10));
        Assert.Equal(3, store.CountAfter(2));
        Assert.Equal(5, inbox.LastId());
    }

    [Fact]
    public void An_Inbox_File_Kept_One_Document_Per_Turn_Is_Batched_When_Opened()
    {
        // Arrange: the earlier layout, turns 1 to 3 already purged.
        using (var old = new AimsDatabase(InboxFile, []))
        {
            var perTurn = old.Collection<InboxItem>(CollectionNames.Inbox);
            perTurn.EnsureIndex(x => x.DeliveryKey, unique: true);
            perTurn.Insert([Item(4, 10), Item(5, 10)]);
        }

        // Act
        IReadOnlyList<InboxItem> items;
        long lastId;
        using (var inbox = InboxDatabase.Open(InboxFile))
        {
            items = inbox.ReadAll();
            lastId = inbox.LastId();
        }

        // Assert
        Assert.Equal([4L, 5L], items.Select(x => x.Id));
        Assert.Equal(["teams:t4", "teams:t5"], items.Select(x => x.DeliveryKey));
        Assert.Equal(5, lastId);
        using var reopened = new AimsDatabase(InboxFile, []);
        Assert.Equal([CollectionNames.InboxBatches, CollectionNames.InboxMeta], reopened.Database.GetCollectionNames().Order());
    }

    [Fact]
    public void The_Window_Remembers_The_Newest_Keys_Only()
    {
        // Arrange
        var window = new RecentDeliveryKeys(capacity: 2);

        // Act
        window.Add("a");
        window.Add("b");
        window.Add("b");
        window.Add("c");

        // Assert
        Assert.False(window.Contains("a"));
        Assert.True(window.Contains("b"));
        Assert.True(window.Contains("c"));
        Assert.Equal(2, window.Count);
    }

    [Fact]
    public void The_Newest_Keys_Are_Read_Back_Oldest_First_Across_Batches()
    {
        // Arrange: twenty batches of three turns.
        using var inbox = InboxDatabase.Open(InboxFile);
        for (var batch = 0; batch < 20; batch++)
        {
            var first = (batch * 3) + 1;
            inbox.InTransaction(() => inbox.Append([Item(first, 5), Item(first + 1, 5), Item(first + 2, 5)], DateTime.UnixEpoch));
        }

        // Act
        var keys = inbox.NewestKeys(31);

        // Assert
        Assert.Equal(Enumerable.Range(30, 31).Select(i => "teams:t" + i), keys);
    }
}
