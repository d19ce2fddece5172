using AimsBot.Core.Governance;
using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.Tests.Core.Storage;

public sealed class AiSystemStoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-store-");

    private string DatabasePath => Path.Combine(_folder.FullName, "aimsbot.db");

    public void Dispose() => _folder.Delete(recursive: true);

    private AimsDatabase Open() => new(DatabasePath, [new CoreStoreSchema()]);

    [Fact]
    public void Add_Gives_Sequential_Ids_That_Survive_Reopening()
    {
        // Arrange
        var registered = new DateTime(2026, 11, 2, 9, 30, 15, 123, DateTimeKind.Utc);
        using (var database = Open())
        {
            var store = new LiteDbAiSystemStore(database);
            store.Add(new AiSystem { Name = "First", RegisteredAt = registered });
            store.Add(new AiSystem { Name = "Second", RegisteredAt = registered });
        }

        // Act
        using var reopened = Open();
        var store2 = new LiteDbAiSystemStore(reopened);
        var third = store2.Add(new AiSystem { Name = "Third" });
        var first = store2.Get("AI-0001")!;

        // Assert
        Assert.Equal("AI-0003", third.Id);
        Assert.Equal("First", first.Name);
        Assert.Equal(DateTimeKind.Utc, first.RegisteredAt.Kind);
        Assert.Equal(registered, first.RegisteredAt);
    }

    [Fact]
    public void Ids_Are_Never_Reused_After_A_Record_Is_Removed()
    {
        // Arrange
        using var database = Open();
        var store = new LiteDbAiSystemStore(database);
        store.Add(new AiSystem { Name = "One" });
        var two = store.Add(new AiSystem { Name = "Two" });
        database.Collection<AiSystem>(CollectionNames.AiSystems).Delete(two.Id);

        // Act
        var next = store.Add(new AiSystem { Name = "Three" });

        // Assert
        Assert.Equal("AI-0003", next.Id);
    }

    [Fact]
    public void Text_Is_Stored_Exactly_As_Given()
    {
        // Arrange
        using var database = Open();
        var store = new LiteDbAiSystemStore(database);

        // Act
        store.Add(new AiSystem { Name = "  padded  ", Version = "" });
        var stored = store.Get("AI-0001")!;

        // Assert
        Assert.Equal("  padded  ", stored.Name);
        Assert.Equal("", stored.Version);
    }

    [Theory]
    [InlineData("Contract Review Assistant", "contract-review assistant", true)]
    [InlineData("Contract review assistant", "Contract review assistent", true)]
    [InlineData("HR screening", "Support chatbot", false)]
    [InlineData("Bot", "Bog", false)]
    public void FindSimilar_Matches_Names_A_Few_Edits_Apart(string existing, string typed, bool similar)
    {
        // Arrange
        using var database = Open();
        var store = new LiteDbAiSystemStore(database);
        store.Add(new AiSystem { Name = existing });

        // Act
        var found = store.FindSimilar(typed);

        // Assert
        Assert.Equal(similar, found.Count == 1);
    }

    [Theory]
    [InlineData("AI-0001", "AI-0001")]
    [InlineData("ai-12", "AI-0012")]
    [InlineData("7", "AI-0007")]
    [InlineData("AI-", null)]
    [InlineData("AI-0x1", null)]
    [InlineData("-1", null)]
    [InlineData("drop table", null)]
    public void ParseId_Accepts_Only_Well_Formed_Ids(string text, string? expected) =>
        Assert.Equal(expected, SystemNames.ParseId(text));

    [Theory]
    [InlineData("kitten", "sitting", 2, false)]
    [InlineData("kitten", "sitting", 3, true)]
    [InlineData("contract review assistant", "contract review assistent", 1, true)]
    [InlineData("abc", "abcdef", 2, false)]
    [InlineData("", "ab", 2, true)]
    [InlineData("flaw", "lawn", 2, true)]
    [InlineData("flaw", "lawn", 1, false)]
    public void WithinDistance_Agrees_With_The_Full_Edit_Distance(string a, string b, int limit, bool expected)
    {
        // Assert
        Assert.Equal(expected, SystemNames.WithinDistance(a, b, limit));
        Assert.Equal(expected, AimsBot.Core.Conversations.CommandText.Distance(a, b) <= limit);
    }
}
