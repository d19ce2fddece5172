using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.Tests.Core.Storage;

public sealed class SerializedLiteEngineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-engine-");

    public void Dispose() => _folder.Delete(recursive: true);

    private sealed class Item
    {
        public int Id { get; set; }

        public string Key { get; set; } = "";

        public string Payload { get; set; } = "";
    }

    [Fact]
    public void A_New_File_Compares_Its_Keys_Ordinally()
    {
        // Arrange
        using var database = new AimsDatabase(Path.Combine(_folder.FullName, "c.db"), [new CoreStoreSchema()]);
        var items = database.Collection<Item>("items");
        items.EnsureIndex(x => x.Key, unique: true);

        // Act: keys that only differ in case (equal under the culture's case-insensitive default).
        items.Insert(new Item { Key = "alice" });
        items.Insert(new Item { Key = "Alice" });

        // Assert
        Assert.Equal(System.Globalization.CompareOptions.Ordinal, database.Database.Collation.SortOptions);
        Assert.Equal(2, items.Count());
        Assert.Equal("Alice", items.FindOne(x => x.Key == "Alice").Key);
    }

    [Fact]
    public async Task Concurrent_Transactions_Readers_And_Writers_Keep_The_Store_Consistent()
    {
        // Arrange
        using var database = new AimsDatabase(Path.Combine(_folder.FullName, "a.db"), [new CoreStoreSchema()]);
        var items = database.Collection<Item>("items");
        items.EnsureIndex(x => x.Key, unique: true);
        var token = TestContext.Current.CancellationToken;

        // Act: batch writers in transactions, single writers, and readers, all at once.
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(
            () =>
            {
                for (var batch = 0; batch < 40; batch++)
                {
                    database.InTransaction(() =>
                    {
                        for (var i = 0; i < 10; i++)
                        {
                            var key = $"w{w}-{batch}-{i}";
                            if (!items.Exists(x => x.Key == key))
                            {
                                items.Insert(new Item { Key = key, Payload = new string('x', 500) });
                            }
                        }

                        return 0;
                    });
                }
            },
            token));
        var singles = Task.Run(
            () =>
            {
                for (var i = 0; i < 400; i++)
                {
                    items.Insert(new Item { Key = "s" + i, Payload = "single" });
                }
            },
            token);
        var readers = Enumerable.Range(0, 3).Select(reader => Task.Run(
            () =>
            {
                for (var i = 0; i < 200; i++)
                {
                    _ = items.Query().Where(x => x.Payload == "single").OrderBy(x => x.Id).Limit(50).ToList();
                    _ = items.Count();
                }
            },
            token));
        await Task.WhenAll([.. writers, singles, .. readers]);

        // Assert
        Assert.Equal((4 * 40 * 10) + 400, items.Count());
        Assert.Equal(1600, items.Count(x => x.Payload != "single"));
    }

    [Fact]
    public void A_Nested_Transaction_Joins_The_Outer_One_And_Rolls_Back_With_It()
    {
        // Arrange
        using var database = AimsDatabase.InMemory();
        var items = database.Collection<Item>("items");

        // Act
        Assert.Throws<InvalidOperationException>(() => database.InTransaction<int>(() =>
        {
            items.Insert(new Item { Key = "outer" });
            database.InTransaction(() => items.Insert(new Item { Key = "inner" }));
            throw new InvalidOperationException("fail the outer work");
        }));

        // Assert
        Assert.Equal(0, items.Count());
        Assert.Equal(1, database.Rollbacks);
        database.InTransaction(() => items.Insert(new Item { Key = "after" }));
        Assert.Equal(1, items.Count());
    }
}
