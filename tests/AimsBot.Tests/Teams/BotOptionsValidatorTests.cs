using AimsBot.Settings;
using AimsBot.Teams.Outbound;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace AimsBot.Tests.Teams;

public sealed class BotOptionsValidatorTests
{
    private const string AppId = TestBotKeys.AppId;

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    public void Validator_Allows_No_Auth_Mode_Only_In_Development(string environment, bool allowed)
    {
        // Act
        var result = Validate(environment, new BotOptions());

        // Assert
        Assert.Equal(allowed, result.Succeeded);
        if (!allowed)
        {
            Assert.Contains("MicrosoftAppId", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(BotAppType.SingleTenant, "secret", "tenant", true)]
    [InlineData(BotAppType.SingleTenant, "", "tenant", false)]
    [InlineData(BotAppType.SingleTenant, "secret", "", false)]
    [InlineData(BotAppType.MultiTenant, "secret", "", true)]
    [InlineData(BotAppType.MultiTenant, "", "", false)]
    [InlineData(BotAppType.UserAssignedMSI, "", "tenant", true)]
    [InlineData(BotAppType.UserAssignedMSI, "secret", "tenant", false)]
    [InlineData(BotAppType.UserAssignedMSI, "", "", false)]
    public void Validator_Requires_What_Each_App_Type_Needs(BotAppType type, string password, string tenant, bool valid)
    {
        // Act
        var result = Validate("Production", new BotOptions { MicrosoftAppType = type, MicrosoftAppId = AppId, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant });

        // Assert
        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Validator_Rejects_An_App_Id_That_Is_Not_A_Guid()
    {
        // Act
        var result = Validate("Development", new BotOptions { MicrosoftAppId = "my-bot", MicrosoftAppPassword = "s", MicrosoftAppTenantId = "t" });

        // Assert
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", false, true)]
    [InlineData("https://europe.webchat.botframework.com/", false, true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", false, true)]
    [InlineData("https://evilbotframework.com/", false, false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false, false)]
    [InlineData("http://localhost:56150/_connector", false, false)]
    [InlineData("http://localhost:56150/_connector", true, true)]
    [InlineData("http://127.0.0.1:56150/_connector", true, true)]
    [InlineData("http://example.com/", true, false)]
    public void Policy_Allows_Only_Listed_Https_Hosts_And_Loopback_In_No_Auth_Mode(string url, bool noAuth, bool allowed)
    {
        // Arrange
        var policy = new ServiceUrlPolicy(
            MsOptions.Create(new BotOptions { MicrosoftAppId = noAuth ? "" : AppId }),
            MsOptions.Create(new TeamsOptions()));

        // Act / Assert
        Assert.Equal(allowed, policy.IsAllowed(new Uri(url)));
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, BotOptions options) =>
        new BotOptionsValidator(new Environment(environment)).Validate(null, options);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "AimsBot";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
