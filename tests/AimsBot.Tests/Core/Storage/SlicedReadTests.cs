using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Tests.Core.Storage;

/// <summary>Issue 12 (memory): large collections read a slice at a time, small ones held until written.</summary>
public sealed class SlicedReadTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-slices-");

    public void Dispose() => _folder.Delete(recursive: true);

    private AimsDatabase Open() => new(Path.Combine(_folder.FullName, "aimsbot.db"), [new CoreStoreSchema()]);

    [Fact]
    public void A_Collection_Read_In_Slices_Gives_Every_Document_Once_In_Index_Order()
    {
        // Arrange: 23 systems inserted out of order, read 5 at a time (slice boundaries inside and at the end).
        using var database = Open();
        var numbers = Enumerable.Range(1, 23).OrderBy(n => n * 7 % 23).ToList();
        database.Collection<AiSystem>(CollectionNames.AiSystems).InsertBulk(numbers.Select(n => new AiSystem { Id = SystemNames.FormatId(n), Number = n, Name = "S" + n }));

        // Act
        var read = database.Collection<AiSystem>(CollectionNames.AiSystems).InSlices(nameof(AiSystem.Number), x => x.Number, size: 5).Select(x => x.Number).ToList();
        var exact = database.Collection<AiSystem>(CollectionNames.AiSystems).InSlices(nameof(AiSystem.Number), x => x.Number, size: 23).Count();

        // Assert
        Assert.Equal(Enumerable.Range(1, 23), read);
        Assert.Equal(23, exact);
    }

    [Fact]
    public void The_Inventory_Headers_Read_In_Slices_Match_The_Store_And_Follow_Writes()
    {
        // Arrange: more systems than one slice.
        using var database = Open();
        var store = new LiteDbAiSystemStore(database);
        var count = LiteChunkedReads.SliceSize + 17;
        database.Collection<AiSystem>(CollectionNames.AiSystems).InsertBulk(Enumerable.Range(1, count).Select(n => new AiSystem { Id = SystemNames.FormatId(n), Number = n, Name = "System " + n }));

        // Act
        var first = store.Headers();
        var changed = store.Get("AI-0003")!;
        changed.Name = "Renamed";
        store.Update(changed);
        var after = store.Headers();

        // Assert
        Assert.Equal(count, first.Count);
        Assert.Equal(count, store.All().Count());
        Assert.Contains(after, h => h.Id == "AI-0003" && h.Name == "Renamed");
    }

    [Fact]
    public void The_People_Are_Read_Again_After_A_Write_And_After_A_Rollback()
    {
        // Arrange
        using var database = Open();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var store = new LiteDbConversationStore(database, time);
        store.Remember(Turn("alice"));
        var before = store.Users();

        // Act: someone new; then someone remembered inside a transaction that rolls back.
        store.Remember(Turn("bob"));
        var afterWrite = store.Users();
        Assert.Throws<InvalidOperationException>(() => database.InTransaction<int>(() =>
        {
            store.Remember(Turn("carol"));
            Assert.Equal(3, store.Users().Count);
            throw new InvalidOperationException("rolled back");
        }));
        var afterRollback = store.Users();

        // Assert: the same snapshot while nothing changed, a new one after each change.
        Assert.Same(afterRollback, store.Users());
        Assert.Single(before);
        Assert.Equal(["alice", "bob"], afterWrite.Select(u => u.UserId).Order());
        Assert.Equal(["alice", "bob"], afterRollback.Select(u => u.UserId).Order());

        IncomingTurn Turn(string id)
        {
            var person = new UserRef(Platform.Teams, "tenant-1", id) { Name = id };
            return new IncomingTurn("t-" + id, TurnKind.Message, new ConversationRef(Platform.Teams, "tenant-1", "a:" + id) { ConversationType = "personal" }, person, time.GetUtcNow());
        }
    }

    [Fact]
    public void A_Person_Remembered_In_A_Rolled_Back_Turn_Is_Written_By_The_Next_Turn()
    {
        // Arrange: alice is remembered; a renamed alice inside a transaction that rolls back.
        using var database = Open();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var store = new LiteDbConversationStore(database, time);
        store.Remember(Turn("alice", "Alice"));
        Assert.Throws<InvalidOperationException>(() => database.InTransaction<int>(() =>
        {
            store.Remember(Turn("alice", "Alice Renamed"));
            store.Remember(Turn("bob", "Bob"));
            throw new InvalidOperationException("rolled back");
        }));

        // Act: the same turns again, a moment later (well within the "seen" precision).
        time.Advance(TimeSpan.FromSeconds(5));
        store.Remember(Turn("alice", "Alice Renamed"));
        store.Remember(Turn("bob", "Bob"));

        // Assert: both writes happened, though the rolled-back ones had been seen before.
        Assert.Equal("Alice Renamed", store.GetUser(UserRef.MakeKey(Platform.Teams, "tenant-1", "alice"))!.Name);
        Assert.NotNull(store.GetUser(UserRef.MakeKey(Platform.Teams, "tenant-1", "bob")));
        Assert.NotNull(store.Get(Turn("bob", "Bob").Conversation.Key));

        IncomingTurn Turn(string id, string name)
        {
            var person = new UserRef(Platform.Teams, "tenant-1", id) { Name = name };
            return new IncomingTurn("t-" + id, TurnKind.Message, new ConversationRef(Platform.Teams, "tenant-1", "a:" + id) { ConversationType = "personal" }, person, time.GetUtcNow());
        }
    }
}
