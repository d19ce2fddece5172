using System.Text.Json.Nodes;
using AimsBot.Settings;
using AimsBot.Teams.Activities;
using AimsBot.Teams.Outbound;
using Microsoft.Extensions.Time.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace AimsBot.Tests.Teams;

public sealed class TeamsConnectorClientTests : IDisposable
{
    private const string ChannelThread = "19:abc123@thread.tacv2;messageid=1699999999";
    private readonly RecordingHandler _handler = new();
    private readonly HttpClient _http;

    public TeamsConnectorClientTests() => _http = new HttpClient(_handler);

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    [Fact]
    public async Task Send_Posts_To_Escaped_Conversation_Under_ServiceUrl_With_Trailing_Slash()
    {
        // Arrange
        var client = Create("token-1");

        // Act
        var response = await client.SendToConversationAsync("https://smba.trafficmanager.net/amer", ChannelThread, new TeamsOutboundActivity { Text = "hi", TextFormat = "markdown" }, Ct);

        // Assert
        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc123%40thread.tacv2%3Bmessageid%3D1699999999/activities", request.Url.AbsoluteUri);
        Assert.Equal("Bearer token-1", request.Authorization);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("hi", (string?)body["text"]);
        Assert.Null(body["id"]);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task Update_Puts_To_Escaped_Activity_And_Reply_Posts_To_It()
    {
        // Arrange
        var client = Create("token-1");

        // Act
        await client.UpdateActivityAsync(TestBotKeys.ServiceUrl, "a:1", "1:x/y", new TeamsOutboundActivity { Text = "new" }, Ct);
        await client.ReplyToActivityAsync(TestBotKeys.ServiceUrl, "a:1", "1:x/y", new TeamsOutboundActivity { Text = "reply" }, Ct);
        await client.DeleteActivityAsync(TestBotKeys.ServiceUrl, "a:1", "1:x/y", Ct);

        // Assert
        var requests = _handler.Requests.ToArray();
        Assert.Equal([HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete], requests.Select(r => r.Method));
        Assert.All(requests, r => Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities/1%3Ax%2Fy", r.Url.AbsoluteUri));
    }

    [Fact]
    public async Task CreateConversation_Sends_Tenant_In_Body_And_ChannelData()
    {
        // Arrange
        var client = Create("token-1");

        // Act
        var response = await client.CreateConversationAsync(TestBotKeys.ServiceUrl, ConversationParameters.Personal("28:" + TestBotKeys.AppId, "29:user", TestBotKeys.TenantId), Ct);

        // Assert
        var request = Assert.Single(_handler.Requests);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations", request.Url.AbsoluteUri);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal(TestBotKeys.TenantId, (string?)body["tenantId"]);
        Assert.Equal(TestBotKeys.TenantId, (string?)body["channelData"]!["tenant"]!["id"]);
        Assert.False((bool)body["isGroup"]!);
        Assert.Equal("29:user", (string?)body["members"]![0]!["id"]);
        Assert.NotNull(response.Id);
    }

    [Fact]
    public async Task Client_Sends_No_Authorization_Without_A_Token()
    {
        // Arrange
        var client = Create(token: null, noAuth: true);

        // Act
        await client.SendToConversationAsync("http://localhost:56150/_connector", "c1", new TeamsOutboundActivity { Text = "hi" }, Ct);

        // Assert
        Assert.Null(Assert.Single(_handler.Requests).Authorization);
    }

    [Theory]
    [InlineData("https://evil.example.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("not a url")]
    public async Task Client_Refuses_Service_Urls_Off_The_Allow_List(string serviceUrl)
    {
        // Arrange
        var client = Create("token-1");

        // Act / Assert
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            client.SendToConversationAsync(serviceUrl, "c1", new TeamsOutboundActivity { Text = "hi" }, Ct));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Client_Reads_Retry_After_Of_A_429()
    {
        // Arrange
        _handler.Respond = _ =>
        {
            var response = RecordingHandler.Json(System.Net.HttpStatusCode.TooManyRequests, "{\"error\":{\"code\":\"Throttled\"}}");
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return response;
        };
        var client = Create("token-1");

        // Act
        var response = await client.SendToConversationAsync(TestBotKeys.ServiceUrl, "c1", new TeamsOutboundActivity { Text = "hi" }, Ct);

        // Assert
        Assert.False(response.IsSuccess);
        Assert.Equal(TimeSpan.FromSeconds(7), response.RetryAfter);
        Assert.Contains("Throttled", response.Error, StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TeamsConnectorClient Create(string? token, bool noAuth = false)
    {
        var bot = MsOptions.Create(new BotOptions { MicrosoftAppId = noAuth ? "" : TestBotKeys.AppId });
        var policy = new ServiceUrlPolicy(bot, MsOptions.Create(new TeamsOptions()));
        return new TeamsConnectorClient(_http, new FakeTokenProvider(token), policy, new FakeTimeProvider());
    }
}
