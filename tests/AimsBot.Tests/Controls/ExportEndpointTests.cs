using System.Net;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Exports;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Controls;

public sealed class ExportEndpointTests
{
    private static readonly Actor Admin = new(new UserRef(Platform.Teams, "tenant-1", "admin-1"), IsAdmin: true, IsCommittee: false);

    [Fact]
    public async Task Download_Serves_The_File_Then_404_After_Expiry_And_For_Unknown_Tokens()
    {
        // Arrange
        using var factory = new AimsBotFactory();
        factory.Settings["Exports:PublicBaseUrl"] = "https://bot.example.com";
        factory.Settings["Exports:LinkLifetime"] = "00:05:00";
        using var client = factory.CreateClient();
        var links = factory.Services.GetRequiredService<ExportLinks>();
        var (url, _) = links.Publish(Admin, "statement-of-applicability.csv", CsvExportWriter.ContentType, new MemoryStream("a,b\r\n"u8.ToArray()));
        var cancellation = TestContext.Current.CancellationToken;

        // Act
        using var ok = await client.GetAsync(url.AbsolutePath, cancellation);
        var body = await ok.Content.ReadAsStringAsync(cancellation);
        using var unknown = await client.GetAsync("/exports/" + new string('A', 43), cancellation);
        using var malformed = await client.GetAsync("/exports/..%2F..%2Fetc", cancellation);
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        using var expired = await client.GetAsync(url.AbsolutePath, cancellation);

        // Assert
        Assert.StartsWith("https://bot.example.com/exports/", url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("a,b\r\n", body);
        Assert.Equal("text/csv", ok.Content.Headers.ContentType!.MediaType);
        Assert.Equal("statement-of-applicability.csv", ok.Content.Headers.ContentDisposition!.FileName);
        Assert.True(ok.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public void Host_Refuses_To_Start_With_A_Non_Http_Public_Base_Url()
    {
        // Arrange
        using var factory = new AimsBotFactory();
        factory.Settings["Exports:PublicBaseUrl"] = "ftp://bot.example.com";

        // Act
        var error = Record.Exception(() =>
        {
            using var client = factory.CreateClient();
        });

        // Assert
        Assert.NotNull(error);
        Assert.Contains("Exports:PublicBaseUrl must be an absolute http(s) URL", error.ToString(), StringComparison.Ordinal);
    }
}
