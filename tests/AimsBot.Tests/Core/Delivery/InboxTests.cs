using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Delivery;

public sealed class InboxTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-inbox-");

    public void Dispose() => _folder.Delete(recursive: true);

    private TranscriptHarness Open() => new(new() { ["Storage:Path"] = Path.Combine(_folder.FullName, "aimsbot.db") });

    private static TurnProcessor Processor(TranscriptHarness chat) => TurnProcessors.For(chat);

    private static int Waiting(TranscriptHarness chat) => chat.Get<IInboxStore>().CountAfter(chat.Get<InboxCursor>().Position);

    [Fact]
    public async Task Concurrent_Turns_Are_Committed_Together_And_Duplicates_Recognised()
    {
        // Arrange
        using var chat = Open();
        var turns = Enumerable.Range(0, 300).Select(i => chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }).ToList();

        // Act
        var accepted = await Task.WhenAll(turns.Select(t => chat.Inbox.AcceptAsync(t, TestContext.Current.CancellationToken).AsTask()));
        var again = await Task.WhenAll(turns.Take(10).Select(t => chat.Inbox.AcceptAsync(t, TestContext.Current.CancellationToken).AsTask()));

        // Assert
        Assert.All(accepted, a => Assert.Equal(InboxAcceptance.Accepted, a));
        Assert.All(again, a => Assert.Equal(InboxAcceptance.Duplicate, a));
        Assert.Equal(300, Waiting(chat));
    }

    [Fact]
    public async Task A_Batch_Mixing_Redeliveries_And_New_Turns_Keeps_The_New_Ones()
    {
        // Arrange: five turns stored; then the same five again, arriving together with five new ones.
        using var chat = Open();
        var known = Enumerable.Range(0, 5).Select(_ => chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }).ToList();
        await Task.WhenAll(known.Select(t => chat.Inbox.AcceptAsync(t, TestContext.Current.CancellationToken).AsTask()));
        var fresh = Enumerable.Range(0, 5).Select(_ => chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }).ToList();

        // Act
        var results = await Task.WhenAll(known.Concat(fresh).Select(t => chat.Inbox.AcceptAsync(t, TestContext.Current.CancellationToken).AsTask()));

        // Assert
        Assert.All(results.Take(5), r => Assert.Equal(InboxAcceptance.Duplicate, r));
        Assert.All(results.Skip(5), r => Assert.Equal(InboxAcceptance.Accepted, r));
        Assert.Equal(10, Waiting(chat));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), chat.Get<InboxDatabase>().ReadAll().Select(x => x.Id));
    }

    [Fact]
    public async Task Turns_Accepted_Before_A_Restart_Are_Processed_After_It()
    {
        // Arrange
        using (var before = Open())
        {
            await before.Inbox.AcceptAsync(before.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);
            await before.Inbox.AcceptAsync(before.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "systems" }, TestContext.Current.CancellationToken);
        }

        // Act
        using var after = Open();
        var processed = Processor(after).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(2, processed);
        Assert.Equal(0, Waiting(after));
        var queued = after.Get<IOutboxStore>().InState(OutboxState.Pending);
        Assert.Equal(2, queued.Count);
        Assert.Contains("\"templateId\":\"help\"", queued[0].Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Synchronous_Path_Runs_A_Turn_Once_And_The_Processor_Skips_It_Later()
    {
        // Arrange
        using var chat = Open();
        var turn = chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" };
        var runner = chat.Get<ITurnRunner>();

        // Act
        var first = await runner.RunNowAsync(turn, InlineSplit.All, TestContext.Current.CancellationToken);
        var second = await runner.RunNowAsync(turn, InlineSplit.All, TestContext.Current.CancellationToken);
        await chat.Inbox.AcceptAsync(turn, TestContext.Current.CancellationToken);
        Processor(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        Assert.False(first.Duplicate);
        Assert.Equal("help", Assert.Single(first.Replies).Card!.TemplateId);
        Assert.True(second.Duplicate);
        Assert.Empty(second.Replies);
        Assert.Empty(chat.Get<IOutboxStore>().InState(OutboxState.Pending));
        Assert.Equal(0, Waiting(chat));
    }

    [Fact]
    public async Task The_Inbox_Has_Its_Own_File_Beside_The_Store()
    {
        // Arrange
        using var chat = Open();

        // Act
        await chat.Inbox.AcceptAsync(chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(File.Exists(Path.Combine(_folder.FullName, "aimsbot.inbox.db")));
        Assert.False(chat.Database.Database.CollectionExists(CollectionNames.Inbox));
    }

    [Fact]
    public async Task An_Acknowledgement_Commits_While_A_Turn_Holds_The_Main_Store()
    {
        // Arrange: a turn's transaction is open on the main store (LiteDB binds it to its thread).
        using var chat = Open();
        var inbox = chat.Inbox;
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var turnThread = new Thread(() => chat.Database.InTransaction(() =>
        {
            chat.Database.Collection<ProcessedTurn>(CollectionNames.ProcessedTurns).Insert(new ProcessedTurn { Id = "held" });
            holding.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            return 0;
        }));
        turnThread.Start();
        holding.Wait(TestContext.Current.CancellationToken);

        try
        {
            // Act
            var turn = chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" };
            var accepting = Task.Run(() => inbox.AcceptAsync(turn, TestContext.Current.CancellationToken).AsTask(), TestContext.Current.CancellationToken);
            var finished = await Task.WhenAny(accepting, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));

            // Assert
            Assert.Same(accepting, finished);
            Assert.Equal(InboxAcceptance.Accepted, await accepting);
        }
        finally
        {
            release.Set();
            turnThread.Join();
        }
    }

    [Fact]
    public async Task A_Turn_Already_Run_Is_Not_Run_Again_When_Its_Inbox_Item_Comes_Up()
    {
        // Arrange: the same delivery ran already (the synchronous path, or a run that committed just before a crash).
        using var chat = Open();
        var turn = chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" };
        await chat.Inbox.AcceptAsync(turn, TestContext.Current.CancellationToken);
        await chat.Get<TurnHandler>().HandleAsync(turn, keepInline: null, TestContext.Current.CancellationToken);

        // Act
        var taken = Processor(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, taken);
        Assert.Equal(0, Waiting(chat));
        Assert.Single(chat.Get<IOutboxStore>().InState(OutboxState.Pending));
    }

    [Fact]
    public async Task After_A_Restart_The_Processor_Resumes_After_The_Last_Committed_Turn()
    {
        // Arrange: two turns run, then the process stops; a third arrives later.
        using (var before = Open())
        {
            await before.Inbox.AcceptAsync(before.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);
            await before.Inbox.AcceptAsync(before.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "systems" }, TestContext.Current.CancellationToken);
            Processor(before).DrainOnce(TestContext.Current.CancellationToken);
        }

        using var after = Open();
        await after.Inbox.AcceptAsync(new IncomingTurn("later", TurnKind.Message, TranscriptHarness.PersonalChat(TranscriptHarness.Requester), TranscriptHarness.Requester, after.Time.GetUtcNow()) { Text = "help" }, TestContext.Current.CancellationToken);

        var resumeAt = after.Get<InboxCursor>().Position;

        // Act
        var taken = Processor(after).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(2, resumeAt);
        Assert.Equal(1, taken);
        Assert.Equal(3, after.Get<IOutboxStore>().InState(OutboxState.Pending).Count);
    }

    [Fact]
    public async Task A_Turn_That_Keeps_Failing_Is_Given_Up_On_And_Recorded_While_The_Rest_Run()
    {
        // Arrange: one stored turn cannot be read (as after a format change); the next is fine.
        using var chat = Open();
        var inbox = chat.Get<InboxDatabase>();
        inbox.InTransaction(() => inbox.Append([new InboxItem { Id = 1, DeliveryKey = "teams:broken", Turn = "{not json", ReceivedAt = chat.Time.GetUtcNow().UtcDateTime }], chat.Time.GetUtcNow().UtcDateTime));
        await chat.Inbox.AcceptAsync(chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);

        // Act
        var taken = Processor(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(2, taken);
        Assert.Equal(0, Waiting(chat));
        var broken = chat.Get<IProcessedTurns>().Find("teams:broken");
        Assert.NotNull(broken);
        Assert.Contains("JsonException", broken.Error, StringComparison.Ordinal);
        Assert.Single(chat.Get<IOutboxStore>().InState(OutboxState.Pending));
    }

    [Fact]
    public async Task Old_Turns_Are_Purged_In_Chunks_But_The_Newest_Id_Is_Kept()
    {
        // Arrange: three processed turns, all older than the retention.
        using var chat = Open();
        for (var i = 0; i < 3; i++)
        {
            await chat.Inbox.AcceptAsync(chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);
        }

        Processor(chat).DrainOnce(TestContext.Current.CancellationToken);
        var cutoff = chat.Time.GetUtcNow().UtcDateTime.AddSeconds(1);
        var writer = chat.Get<InboxWriter>();

        // Act
        var first = writer.Execute(store => store.PurgeOldest(cutoff, position: 3, take: 1));
        var rest = writer.Execute(store => store.PurgeOldest(cutoff, position: 3, take: 10));
        var again = writer.Execute(store => store.PurgeOldest(cutoff, position: 3, take: 10));

        // Assert
        Assert.Equal((1, 1, 0), (first, rest, again));
        Assert.Equal(3, Assert.Single(chat.Get<InboxDatabase>().ReadAll()).Id);
    }

    [Fact]
    public async Task An_Inbox_Kept_In_The_Main_Store_Moves_To_Its_Own_File_At_Start()
    {
        // Arrange: a data folder from before the inbox had its own file, with one pending and one settled turn.
        var mainFile = Path.Combine(_folder.FullName, "aimsbot.db");
        var pendingTurn = DeliveryJson.Write(new IncomingTurn("old-pending", TurnKind.Message, TranscriptHarness.PersonalChat(TranscriptHarness.Requester), TranscriptHarness.Requester, DateTimeOffset.UnixEpoch) { Text = "help" });
        using (var old = new AimsDatabase(mainFile, [new CoreStoreSchema()]))
        {
            old.Database.GetCollection(CollectionNames.Inbox).Insert(
            [
                new LiteDB.BsonDocument { ["_id"] = 1L, ["DeliveryKey"] = "teams:old-done", ["Turn"] = "{}", ["State"] = "Done", ["ReceivedAt"] = DateTime.UtcNow },
                new LiteDB.BsonDocument { ["_id"] = 2L, ["DeliveryKey"] = "teams:old-pending", ["Turn"] = pendingTurn, ["State"] = "Pending", ["ReceivedAt"] = DateTime.UtcNow },
            ]);
        }

        // Act
        using var chat = Open();
        var doneAgain = new IncomingTurn("old-done", TurnKind.Message, TranscriptHarness.PersonalChat(TranscriptHarness.Requester), TranscriptHarness.Requester, DateTimeOffset.UnixEpoch) { Text = "help" };
        await chat.Inbox.AcceptAsync(doneAgain, TestContext.Current.CancellationToken);
        var taken = Processor(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert: the pending turn ran; the settled one, delivered again, did not.
        Assert.Equal(2, taken);
        Assert.False(chat.Database.Database.CollectionExists(CollectionNames.Inbox));
        Assert.Contains("\"templateId\":\"help\"", Assert.Single(chat.Get<IOutboxStore>().InState(OutboxState.Pending)).Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Inbox_Cannot_Share_The_Store_File()
    {
        // Arrange
        using var chat = new TranscriptHarness(new()
        {
            ["Storage:Path"] = Path.Combine(_folder.FullName, "aimsbot.db"),
            ["Storage:InboxPath"] = Path.Combine(_folder.FullName, "aimsbot.db"),
        });

        // Act
        var error = Assert.Throws<OptionsValidationException>(chat.Get<InboxDatabase>);

        // Assert
        Assert.Contains("Storage:InboxPath", error.Message, StringComparison.Ordinal);
    }
}
