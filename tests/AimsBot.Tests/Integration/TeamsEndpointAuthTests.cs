using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Tests.Teams;

namespace AimsBot.Tests.Integration;

/// <summary><c>/api/messages</c> with an app id: every request needs a valid Bot Framework token.</summary>
public sealed class TeamsEndpointAuthTests : IDisposable
{
    private readonly TeamsBotFactory _factory = new TeamsBotFactory().WithAppId();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Valid_Token_Is_Accepted_And_The_Reply_Carries_The_Bot_Token()
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("message", "auth-ok");
        activity["text"] = "help";

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + _factory.Keys.ChannelToken());
        var sent = await _factory.Connector.Received.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(_factory.InboxItem("auth-ok"));
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3Aconv-auth-ok/activities", sent.Url.AbsoluteUri);
        Assert.Equal("Bearer connector-token", sent.Authorization);
        var tokenRequest = Assert.Single(_factory.TokenEndpoint.Requests);
        Assert.Contains("/" + TestBotKeys.TenantId + "/oauth2/v2.0/token", tokenRequest.Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_Token_Is_401_Even_In_Development()
    {
        // Act
        using var response = await _factory.PostActivityAsync(TeamsBotFactory.Activity("message", "auth-none").ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(_factory.InboxItem("auth-none"));
    }

    [Fact]
    public async Task Token_For_Another_Bot_Is_401()
    {
        // Act
        using var response = await _factory.PostActivityAsync(
            TeamsBotFactory.Activity("message", "auth-aud").ToJsonString(),
            "Bearer " + _factory.Keys.ChannelToken(audience: "11111111-2222-3333-4444-555555555555"));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(_factory.InboxItem("auth-aud"));
    }

    [Fact]
    public async Task Token_For_Another_Service_Url_Is_401()
    {
        // Arrange: a valid token, but the activity names a service URL the token was not issued for.
        var activity = TeamsBotFactory.Activity("message", "auth-surl", serviceUrl: "https://smba.trafficmanager.net/emea/");

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + _factory.Keys.ChannelToken());

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(_factory.InboxItem("auth-surl"));
    }

    [Fact]
    public async Task Expired_Token_Is_401()
    {
        // Act
        using var response = await _factory.PostActivityAsync(
            TeamsBotFactory.Activity("message", "auth-exp").ToJsonString(),
            "Bearer " + _factory.Keys.ChannelToken(expiresIn: TimeSpan.FromMinutes(-30)));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unauthenticated_Invoke_Is_401_And_Not_Run()
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("invoke", "auth-invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help/show" } };

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + _factory.Keys.UnsignedChannelToken());

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(_factory.InboxItem("auth-invoke"));
    }

    [Fact]
    public async Task Authenticated_Invoke_Is_Answered_In_The_Response()
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("invoke", "auth-invoke-ok");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help/show" } };

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + _factory.Keys.ChannelToken());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
