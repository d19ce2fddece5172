using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Slack;

public sealed class SlackStartupTests
{
    [Fact]
    public void Host_Fails_To_Start_Naming_The_Setting_When_Slack_Has_Secret_But_No_Token()
    {
        // Arrange
        using var factory = new AimsBotFactory();
        factory.Settings["Slack:SigningSecret"] = SlackFixture.Secret;
        factory.Settings["Slack:BotToken"] = "";

        // Act
        var error = Assert.Throws<OptionsValidationException>(factory.CreateClient);

        // Assert
        Assert.Contains("Slack:BotToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_Fails_To_Start_When_Slack_Is_On_And_Inbox_Retention_Is_Shorter_Than_Slacks_Retries()
    {
        // Arrange
        using var factory = new AimsBotFactory();
        factory.Settings["Slack:SigningSecret"] = SlackFixture.Secret;
        factory.Settings["Slack:BotToken"] = SlackFixture.Token;
        factory.Settings["Delivery:Retention"] = "00:10:00";

        // Act
        var error = Assert.Throws<OptionsValidationException>(factory.CreateClient);

        // Assert
        Assert.Contains("Delivery:Retention", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slack_Endpoints_Are_Absent_When_No_Signing_Secret_Is_Set()
    {
        // Arrange
        using var factory = new AimsBotFactory();
        using var client = factory.CreateClient();

        // Act
        using var response = await client.PostAsync("/api/slack/events", new StringContent("{}"), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
