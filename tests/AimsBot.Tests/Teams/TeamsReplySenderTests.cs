using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Settings;
using AimsBot.Teams.Outbound;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace AimsBot.Tests.Teams;

public sealed class TeamsReplySenderTests : IDisposable
{
    private static readonly ConversationRef Conversation = new(Platform.Teams, TestBotKeys.TenantId, "a:1xyz")
    {
        ServiceUrl = TestBotKeys.ServiceUrl,
        ChannelId = "msteams",
        BotId = "28:" + TestBotKeys.AppId,
        ConversationType = "personal",
    };

    private readonly RecordingHandler _handler = new();
    private readonly HttpClient _http;
    private readonly TeamsReplySender _sender;

    public TeamsReplySenderTests()
    {
        _http = new HttpClient(_handler);
        var bot = MsOptions.Create(new BotOptions { MicrosoftAppId = TestBotKeys.AppId });
        var connector = new TeamsConnectorClient(_http, new FakeTokenProvider("token-1"), new ServiceUrlPolicy(bot, MsOptions.Create(new TeamsOptions())), new FakeTimeProvider());
        _sender = new TeamsReplySender(connector, AimsBotFactory.Cards(), NullLogger<TeamsReplySender>.Instance);
    }

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    [Fact]
    public async Task Sender_Posts_Text_As_Markdown_And_Returns_The_New_Id()
    {
        // Act
        var outcome = await SendAsync(Reply.Say("**Saved**"));

        // Assert
        var sent = Assert.IsType<SendOutcome.Sent>(outcome);
        Assert.Equal("activity-1", sent.MessageId);
        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.EndsWith("/v3/conversations/a%3A1xyz/activities", request.Url.AbsoluteUri, StringComparison.Ordinal);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("markdown", (string?)body["textFormat"]);
        Assert.Equal("**Saved**", (string?)body["text"]);
        Assert.Equal("28:" + TestBotKeys.AppId, (string?)body["from"]!["id"]);
    }

    [Fact]
    public async Task Sender_Attaches_The_Bound_Card()
    {
        // Arrange
        var data = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Cards, "samples", "help.json")))!.AsObject();

        // Act
        var outcome = await SendAsync(Reply.ShowCard("help", data, "Here is what I can do."));

        // Assert
        Assert.IsType<SendOutcome.Sent>(outcome);
        var body = JsonNode.Parse(Assert.Single(_handler.Requests).Body)!;
        var attachment = Assert.Single(body["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.True(JsonNode.DeepEquals(AimsBotFactory.Cards().Render("help", data), attachment["content"]));
    }

    [Fact]
    public async Task Sender_Puts_A_Replacement_To_The_Replaced_Message()
    {
        // Act
        var outcome = await SendAsync(Reply.Say("Submitted.") with { ReplaceMessageId = "1:card" });

        // Assert
        Assert.Equal("1:card", Assert.IsType<SendOutcome.Sent>(outcome).MessageId);
        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.EndsWith("/v3/conversations/a%3A1xyz/activities/1%3Acard", request.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("Bearer token-1", request.Authorization);
    }

    [Fact]
    public async Task Sender_Retries_A_429_After_Retry_After()
    {
        // Arrange
        _handler.Respond = _ =>
        {
            var response = RecordingHandler.Json(HttpStatusCode.TooManyRequests, "{}");
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(12));
            return response;
        };

        // Act
        var outcome = await SendAsync(Reply.Say("hi"));

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(12), Assert.IsType<SendOutcome.Retry>(outcome).After);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Sender_Retries_Passing_Failures(HttpStatusCode status)
    {
        // Arrange
        _handler.Respond = _ => RecordingHandler.Json(status, "{}");

        // Act
        var outcome = await SendAsync(Reply.Say("hi"));

        // Assert
        Assert.IsType<SendOutcome.Retry>(outcome);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task Sender_Fails_Permanent_Refusals(HttpStatusCode status)
    {
        // Arrange
        _handler.Respond = _ => RecordingHandler.Json(status, "{\"error\":{\"code\":\"BadArgument\"}}");

        // Act
        var outcome = await SendAsync(Reply.Say("hi"));

        // Assert
        Assert.IsType<SendOutcome.Failed>(outcome);
    }

    [Fact]
    public async Task Sender_Notes_MessageWritesBlocked_On_403()
    {
        // Arrange
        _handler.Respond = _ => RecordingHandler.Json(HttpStatusCode.Forbidden,
            "{\"error\":{\"code\":\"ConversationBlockedByUser\",\"message\":\"User blocked the conversation with the bot.\"},\"subCode\":\"MessageWritesBlocked\"}");

        // Act
        var outcome = await SendAsync(Reply.Say("hi"));

        // Assert
        Assert.StartsWith("MessageWritesBlocked", Assert.IsType<SendOutcome.Failed>(outcome).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sender_Retries_Network_Errors()
    {
        // Arrange
        _handler.Respond = _ => throw new HttpRequestException("connection refused");

        // Act
        var outcome = await SendAsync(Reply.Say("hi"));

        // Assert
        Assert.IsType<SendOutcome.Retry>(outcome);
    }

    [Fact]
    public async Task Sender_Fails_Without_Calling_An_Untrusted_Service_Url()
    {
        // Act
        var outcome = await _sender.SendAsync(new OutboundMessage("1", Conversation with { ServiceUrl = "https://attacker.example.com/" }, Reply.Say("hi"), "k", 1), Ct);

        // Assert
        Assert.IsType<SendOutcome.Failed>(outcome);
        Assert.Empty(_handler.Requests);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<SendOutcome> SendAsync(Reply reply) =>
        _sender.SendAsync(new OutboundMessage("1", Conversation, reply, "key-1", 1), Ct);
}
