using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Tests.Integration;
using AimsBot.Tests.Teams;

namespace AimsBot.Tests.Security;

/// <summary>Only allowed Microsoft 365 tenants get in, with a valid token or in the no-auth local mode.</summary>
public sealed class TeamsAccessTests
{
    private const string OtherTenant = "0b5e9a3c-0000-4000-8000-00000000abcd";

    [Fact]
    public async Task Valid_Token_From_Another_Tenant_Is_403_And_Not_Queued()
    {
        // Arrange: the bot is registered in TestBotKeys.TenantId and lists no other tenant.
        using var factory = new TeamsBotFactory().WithAppId();
        var activity = TeamsBotFactory.Activity("message", "tenant-other");
        activity["text"] = "systems";
        activity["conversation"]!["tenantId"] = OtherTenant;

        // Act
        using var response = await factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + factory.Keys.ChannelToken());

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(factory.InboxItem("tenant-other"));
    }

    [Fact]
    public async Task Channel_Data_Naming_Another_Tenant_Is_403()
    {
        // Arrange
        using var factory = new TeamsBotFactory().WithAppId();
        var activity = TeamsBotFactory.Activity("message", "tenant-mixed");
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = OtherTenant } };

        // Act
        using var response = await factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + factory.Keys.ChannelToken());

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(factory.InboxItem("tenant-mixed"));
    }

    [Fact]
    public async Task Activity_Naming_No_Tenant_Is_403()
    {
        // Arrange
        using var factory = new TeamsBotFactory().WithAppId();
        var activity = TeamsBotFactory.Activity("message", "tenant-none");
        activity["conversation"]!.AsObject().Remove("tenantId");

        // Act
        using var response = await factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + factory.Keys.ChannelToken());

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_Listed_Tenant_Is_Let_In_And_The_Own_Tenant_Then_Is_Not()
    {
        // Arrange
        using var factory = new TeamsBotFactory().WithAppId();
        factory.Settings["Teams:AllowedTenants:0"] = OtherTenant;
        var other = TeamsBotFactory.Activity("message", "tenant-listed");
        other["conversation"]!["tenantId"] = OtherTenant;
        var own = TeamsBotFactory.Activity("message", "tenant-unlisted");

        // Act
        using var listed = await factory.PostActivityAsync(other.ToJsonString(), "Bearer " + factory.Keys.ChannelToken());
        using var unlisted = await factory.PostActivityAsync(own.ToJsonString(), "Bearer " + factory.Keys.ChannelToken());

        // Assert
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unlisted.StatusCode);
    }

    [Fact]
    public async Task Invoke_From_Another_Tenant_Is_403_And_Not_Run()
    {
        // Arrange
        using var factory = new TeamsBotFactory().WithAppId();
        var activity = TeamsBotFactory.Activity("invoke", "tenant-invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "systems/page" } };
        activity["conversation"]!["tenantId"] = OtherTenant;

        // Act
        using var response = await factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + factory.Keys.ChannelToken());

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task No_Auth_Mode_With_A_Tenant_List_Refuses_Other_Tenants_Too()
    {
        // Arrange
        using var factory = new TeamsBotFactory();
        factory.Settings["Teams:AllowedTenants:0"] = TestBotKeys.TenantId;
        var activity = TeamsBotFactory.Activity("message", "noauth-other");
        activity["conversation"]!["tenantId"] = OtherTenant;
        var own = TeamsBotFactory.Activity("message", "noauth-own");

        // Act
        using var refused = await factory.PostActivityAsync(activity.ToJsonString());
        using var accepted = await factory.PostActivityAsync(own.ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(factory.InboxItem("noauth-other"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Emulator_Token_Is_401_Outside_Development_By_Default()
    {
        // Arrange
        using var factory = new TeamsBotFactory { EnvironmentName = "Production" }.WithAppId();
        var activity = TeamsBotFactory.Activity("message", "emulator-prod", serviceUrl: "http://localhost:50000", channelId: "emulator");

        // Act
        using var response = await factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + factory.Keys.EmulatorToken("1.0"));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(factory.InboxItem("emulator-prod"));
    }

    [Theory]
    [InlineData("Urls", "http://0.0.0.0:3978", "Urls")]
    [InlineData("Urls", "http://localhost:3978;http://*:3979", "Urls")]
    [InlineData("Urls", "http://+:3978", "Urls")]
    [InlineData("Urls", "http://aimsbot.example.com:3978", "Urls")]
    [InlineData("Kestrel:Endpoints:Public:Url", "http://[::]:3978", "Kestrel:Endpoints:Public:Url")]
    public void No_Auth_Mode_Refuses_To_Start_Listening_Beyond_Loopback(string setting, string value, string named)
    {
        // Arrange
        using var factory = new TeamsBotFactory();
        factory.Settings[setting] = value;

        // Act
        var error = Record.Exception(() => factory.CreateClient().Dispose());

        // Assert
        Assert.NotNull(error);
        Assert.Contains($"{named} is '", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId is not set", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_Auth_Mode_Refuses_Http_Ports_Which_Bind_Every_Interface()
    {
        // Arrange: what container images set (ASPNETCORE_HTTP_PORTS), with no Urls to override it.
        using var factory = new TeamsBotFactory();
        factory.Settings["Urls"] = "";
        factory.Settings["HTTP_PORTS"] = "8080";

        // Act
        var error = Record.Exception(() => factory.CreateClient().Dispose());

        // Assert
        Assert.NotNull(error);
        Assert.Contains("HTTP_PORTS is 'http://*:8080'", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:3978")]
    [InlineData("http://127.0.0.1:3978;http://[::1]:3978")]
    public void No_Auth_Mode_Starts_On_Loopback(string urls)
    {
        // Arrange
        using var factory = new TeamsBotFactory();
        factory.Settings["Urls"] = urls;

        // Act
        var error = Record.Exception(() => factory.CreateClient().Dispose());

        // Assert
        Assert.Null(error);
    }

    [Fact]
    public void With_An_App_Id_Any_Address_Is_Fine()
    {
        // Arrange
        using var factory = new TeamsBotFactory { EnvironmentName = "Production" }.WithAppId();
        factory.Settings["Urls"] = "http://0.0.0.0:3978";

        // Act
        var error = Record.Exception(() => factory.CreateClient().Dispose());

        // Assert
        Assert.Null(error);
    }

    [Fact]
    public void MultiTenant_Without_A_Tenant_Or_A_List_Refuses_To_Start()
    {
        // Arrange
        using var factory = new TeamsBotFactory { EnvironmentName = "Production" }.WithAppId();
        factory.Settings["MicrosoftAppType"] = "MultiTenant";
        factory.Settings["MicrosoftAppTenantId"] = "";

        // Act
        var error = Record.Exception(() => factory.CreateClient().Dispose());

        // Assert
        Assert.NotNull(error);
        Assert.Contains("Teams:AllowedTenants", error.ToString(), StringComparison.Ordinal);
    }
}
