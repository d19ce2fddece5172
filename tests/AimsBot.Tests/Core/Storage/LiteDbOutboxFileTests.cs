using AimsBot.Core.Delivery;
using AimsBot.Core.Storage.LiteDb;
using LiteDB;

namespace AimsBot.Tests.Core.Storage;

/// <summary>The LiteDB outbox across a restart: what it keeps in memory comes back from the file.</summary>
public sealed class LiteDbOutboxFileTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-outbox-");

    private string File => Path.Combine(_folder.FullName, "aimsbot.db");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_Reply_Backing_Off_Still_Holds_Back_Its_Conversation_After_A_Restart()
    {
        // Arrange: the first reply was tried and backs off for 10 s; the second was queued behind it.
        using (var database = new AimsDatabase(File, [new CoreStoreSchema()]))
        {
            var first = Insert(database, "chat-a", Start);
            Insert(database, "chat-a", Start.AddSeconds(1));
            Insert(database, "chat-b", Start.AddSeconds(1));
            first.Attempts = 1;
            first.NextAttemptAt = Start.AddSeconds(10);
            new LiteDbOutboxStore(database).Save([first]);
        }

        // Act: a new host (a new store over the same file) reads what is due 2 s in.
        using var reopened = new AimsDatabase(File, [new CoreStoreSchema()]);
        var store = new LiteDbOutboxStore(reopened);
        var due = store.Due(Start.AddSeconds(2), 10);
        var afterTheRetry = store.Due(Start.AddSeconds(11), 10);

        // Assert: chat-a's second reply waits for its first (chat-b, not sent here, is simply due again).
        Assert.Equal(["chat-b"], due.Select(x => x.Conversation));
        Assert.Equal(["chat-b", "chat-a", "chat-a"], afterTheRetry.Select(x => x.Conversation));
        Assert.True(afterTheRetry[1].Id < afterTheRetry[2].Id);
    }

    [Fact]
    public void A_File_Made_By_An_Earlier_Version_Opens_With_Its_Own_Collation()
    {
        // Arrange: LiteDB's default collation (the culture's, ignoring case), as files made before the binary one.
        using (var old = new LiteDatabase(File))
        {
            old.GetCollection<OutboxItem>(CollectionNames.Outbox).Insert(new OutboxItem { IdempotencyKey = "k", Conversation = "c", Reply = "{}" });
        }

        // Act
        using var database = new AimsDatabase(File, [new CoreStoreSchema()]);

        // Assert
        Assert.True(database.Database.Collation.SortOptions.HasFlag(System.Globalization.CompareOptions.IgnoreCase));
        Assert.Equal(1, database.Collection<OutboxItem>(CollectionNames.Outbox).Count());
    }

    [Fact]
    public void A_File_Made_By_An_Earlier_Version_Loses_The_Outbox_Indexes_No_Longer_Used()
    {
        // Arrange: the two indexes earlier versions made.
        using (var old = new LiteDatabase(File))
        {
            var outbox = old.GetCollection<OutboxItem>(CollectionNames.Outbox);
            outbox.EnsureIndex(x => x.SentAt);
            outbox.EnsureIndex(x => x.HoldsConversation);
        }

        // Act
        using var database = new AimsDatabase(File, [new CoreStoreSchema()]);

        // Assert
        var indexes = database.Database.GetCollection("$indexes").Find(BsonExpression.Create("collection = @0", CollectionNames.Outbox)).Select(x => x["name"].AsString);
        Assert.Equal(["IdempotencyKey", "NextAttemptAt", "State", "_id"], indexes.Order(StringComparer.Ordinal));
    }

    private static OutboxItem Insert(AimsDatabase database, string conversation, DateTime at)
    {
        var item = new OutboxItem { IdempotencyKey = conversation + at.Ticks, Conversation = conversation, Reply = "{}", CreatedAt = at, NextAttemptAt = at };
        database.Collection<OutboxItem>(CollectionNames.Outbox).Insert(item);
        return item;
    }
}
