using System.Net.Http.Json;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;

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
}
