using System.Net;
using System.Net.Http.Json;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Integration;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_Reports_The_Queue_Depths()
    {
        // Arrange
        using var factory = new AimsBotFactory();
        using var client = factory.CreateClient();

        // Act
        var health = await client.GetFromJsonAsync<QueueHealth>("/healthz", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(new QueueHealth("ok", 0, 0, 0), health);
    }

    [Fact]
    public async Task Healthz_Answers_503_When_A_Store_Cannot_Be_Read()
    {
        // Arrange: the inbox file is closed under the running host (as when its engine has failed).
        using var factory = new AimsBotFactory();
        using var client = factory.CreateClient();
        factory.Services.GetRequiredService<InboxDatabase>().Dispose();

        // Act
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<QueueHealth>(TestContext.Current.CancellationToken);
        Assert.Equal("unavailable", health!.Status);
    }
}
