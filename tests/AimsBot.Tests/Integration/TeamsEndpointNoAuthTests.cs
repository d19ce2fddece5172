using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;

namespace AimsBot.Tests.Integration;

/// <summary><c>/api/messages</c> in the no-auth Development mode (the Agents Playground's mode).</summary>
public sealed class TeamsEndpointNoAuthTests : IDisposable
{
    private const string LocalConnector = "http://localhost:56150/_connector";
    private readonly TeamsBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Message_Is_Stored_In_The_Inbox_And_Answered_Without_A_Token()
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("message", "na-help", LocalConnector);
        activity["text"] = "help";

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString());
        var sent = await _factory.Connector.Received.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = DeliveryJson.ReadTurn(_factory.InboxItem("na-help")!.Turn);
        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("help", turn.Text);
        Assert.Equal(LocalConnector, turn.Conversation.ServiceUrl);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(LocalConnector + "/v3/conversations/a%3Aconv-na-help/activities", sent.Url.AbsoluteUri);
        Assert.Null(sent.Authorization);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)JsonNode.Parse(sent.Body)!["attachments"]![0]!["contentType"]);
        Assert.Empty(_factory.TokenEndpoint.Requests);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"id\":\"x\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":\"message\",\"from\":7}")]
    public async Task Malformed_Body_Or_Missing_Type_Is_400(string body)
    {
        // Act
        using var response = await _factory.PostActivityAsync(body);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Message_Without_Conversation_Is_400()
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("message", "na-noconv", LocalConnector);
        activity.Remove("conversation");

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Body_Over_The_Limit_Is_413()
    {
        // Arrange
        _factory.Settings["Teams:MaxRequestBodyBytes"] = "2048";
        var activity = TeamsBotFactory.Activity("message", "na-big", LocalConnector);
        activity["text"] = new string('x', 4096);

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(_factory.InboxItem("na-big"));
    }

    [Fact]
    public async Task Unknown_Activity_Type_Is_200_And_Ignored()
    {
        // Act
        using var response = await _factory.PostActivityAsync(TeamsBotFactory.Activity("messageReaction", "na-reaction", LocalConnector).ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(_factory.InboxItem("na-reaction"));
    }

    [Fact]
    public async Task Bot_Added_Is_A_ConversationStarted_Turn()
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("conversationUpdate", "na-added", LocalConnector);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:" + Teams.TestBotKeys.AppId });

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnKind.ConversationStarted, DeliveryJson.ReadTurn(_factory.InboxItem("na-added")!.Turn).Kind);
    }

    [Fact]
    public async Task Installation_Removed_Is_An_Uninstalled_Turn()
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("installationUpdate", "na-removed", LocalConnector);
        activity["action"] = "remove";

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnKind.Uninstalled, DeliveryJson.ReadTurn(_factory.InboxItem("na-removed")!.Turn).Kind);
    }

    [Fact]
    public async Task Redelivered_Activity_Is_200_And_Stored_Once()
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("message", "na-twice", LocalConnector);
        activity["text"] = "cancel";

        // Act
        using var first = await _factory.PostActivityAsync(activity.ToJsonString());
        using var second = await _factory.PostActivityAsync(activity.ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(_factory.InboxItem("na-twice"));
    }

    [Fact]
    public async Task Execute_Invoke_Is_Answered_In_The_Response_With_A_Card()
    {
        // Arrange
        var activity = Invoke("na-invoke-card", new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help/show", ["data"] = new JsonObject { ["verb"] = "help/show" } });

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["statusCode", "type", "value"], body.Select(p => p.Key));
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
    }

    [Fact]
    public async Task Execute_Invoke_With_A_Text_Reply_Answers_A_Message()
    {
        // Arrange
        var activity = Invoke("na-invoke-text", new JsonObject { ["type"] = "Action.Execute", ["verb"] = "nosuchdialog/step", ["data"] = new JsonObject() });

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Contains("button", (string?)body["value"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\",\"data\":{}}}")]
    public async Task Execute_Invoke_Without_An_Execute_Action_Is_400(string? value)
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("invoke", "na-bad-invoke", LocalConnector);
        activity["name"] = "adaptiveCard/action";
        if (value is not null)
        {
            activity["value"] = JsonNode.Parse(value);
        }

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Other_Invokes_Are_501()
    {
        // Arrange
        var activity = TeamsBotFactory.Activity("invoke", "na-other-invoke", LocalConnector);
        activity["name"] = "task/fetch";

        // Act
        using var response = await _factory.PostActivityAsync(activity.ToJsonString());

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Invoke(string id, JsonObject action)
    {
        var activity = TeamsBotFactory.Activity("invoke", id, LocalConnector);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1:card";
        activity["value"] = new JsonObject { ["action"] = action, ["trigger"] = "manual" };
        return activity;
    }
}
