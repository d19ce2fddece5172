namespace AimsBot.Tests.Integration;

/// <summary>The Bot Framework settings are checked when the host starts.</summary>
public sealed class TeamsStartupTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Host_Refuses_To_Start_Without_App_Id_Outside_Development(string environment)
    {
        // Arrange
        using var factory = new TeamsBotFactory { EnvironmentName = environment };

        // Act
        var error = Record.Exception(() => factory.CreateClient().Dispose());

        // Assert
        Assert.NotNull(error);
        Assert.Contains("MicrosoftAppId", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_Refuses_SingleTenant_Without_A_Password()
    {
        // Arrange
        using var factory = new TeamsBotFactory { EnvironmentName = "Production" }.WithAppId();
        factory.Settings["MicrosoftAppPassword"] = "";

        // Act
        var error = Record.Exception(() => factory.CreateClient().Dispose());

        // Assert
        Assert.NotNull(error);
        Assert.Contains("MicrosoftAppPassword", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_Starts_In_Production_With_A_Complete_Identity()
    {
        // Arrange
        using var factory = new TeamsBotFactory { EnvironmentName = "Production" }.WithAppId();

        // Act
        var error = Record.Exception(() => factory.CreateClient().Dispose());

        // Assert
        Assert.Null(error);
    }
}
