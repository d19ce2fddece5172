using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Tests.Controls;

public sealed class ExportLinksTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-exports-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly Actor _admin = new(new UserRef(Platform.Teams, "tenant-1", "admin-1"), IsAdmin: true, IsCommittee: false);

    private string DatabasePath => Path.Combine(_folder.FullName, "aimsbot.db");

    private ExportLinks Links(AimsDatabase database) => new(
        new LiteDbExportFileStore(database),
        Options.Create(new ExportsOptions { PublicBaseUrl = "https://bot.example.com/", LinkLifetime = TimeSpan.FromMinutes(15) }),
        _time);

    private AimsDatabase Open() => new(DatabasePath, [new CoreStoreSchema(), new ControlsStoreSchema()]);

    [Fact]
    public void Published_File_Resolves_Until_It_Expires_And_Survives_A_Restart()
    {
        // Arrange
        Uri url;
        using (var database = Open())
        {
            (url, var expires) = Links(database).Publish(_admin, "soa.csv", CsvExportWriter.ContentType, new MemoryStream([1, 2, 3]));
            Assert.Equal(_time.GetUtcNow().AddMinutes(15), expires);
        }

        var token = url.AbsolutePath["/exports/".Length..];

        // Act
        using var reopened = Open();
        var links = Links(reopened);
        var found = links.Resolve(token);
        _time.Advance(TimeSpan.FromMinutes(15));
        var expired = links.Resolve(token);

        // Assert
        Assert.StartsWith("https://bot.example.com/exports/", url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(43, token.Length);
        Assert.NotNull(found);
        Assert.Equal("soa.csv", found.FileName);
        Assert.Equal([1, 2, 3], found.Content);
        Assert.Equal(3, found.Length);
        Assert.DoesNotContain(token, found.Id, StringComparison.Ordinal);
        Assert.Null(expired);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public void Unknown_Or_Malformed_Tokens_Resolve_To_Nothing(string token)
    {
        // Arrange
        using var database = Open();
        var links = Links(database);
        links.Publish(_admin, "soa.csv", CsvExportWriter.ContentType, new MemoryStream([1]));

        // Act
        var file = links.Resolve(token);

        // Assert
        Assert.Null(file);
    }

    [Fact]
    public void Two_Publishes_Get_Different_Tokens_And_Expired_Files_Are_Removed()
    {
        // Arrange
        using var database = Open();
        var links = Links(database);
        var (first, _) = links.Publish(_admin, "a.csv", CsvExportWriter.ContentType, new MemoryStream([1]));
        _time.Advance(TimeSpan.FromHours(1));

        // Act
        var (second, _) = links.Publish(_admin, "b.csv", CsvExportWriter.ContentType, new MemoryStream([2]));

        // Assert
        Assert.NotEqual(first, second);
        Assert.Equal(1, database.Collection<ExportFile>(ControlCollections.ExportFiles).Count());
        Assert.Single(database.Database.GetStorage<string>("export_files_files", "export_files_chunks").FindAll());
    }

    [Fact]
    public void A_File_Larger_Than_A_LiteDB_Document_Round_Trips()
    {
        // Arrange
        using var database = Open();
        var links = Links(database);
        var content = new byte[20 * 1024 * 1024];
        new Random(42).NextBytes(content);

        // Act
        var (url, _) = links.Publish(_admin, "inventory.csv", CsvExportWriter.ContentType, new MemoryStream(content));
        var file = links.Resolve(url.AbsolutePath["/exports/".Length..]);

        // Assert
        Assert.NotNull(file);
        Assert.True(content.AsSpan().SequenceEqual(file.Content));
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
