using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>The Web API client and the reply sender against the fake: errors, 429 per method, update fallback.</summary>
public sealed class SlackApiClientTests(SlackFixture slack) : IClassFixture<SlackFixture>
{
    private SlackApiClient Api => slack.Factory.Services.GetRequiredService<SlackApiClient>();

    private IReplySender Sender => slack.Factory.Services.GetServices<IReplySender>().Single(s => s.Platform == Platform.Slack);

    [Fact]
    public async Task Client_Surfaces_Slack_Error_Code_When_Ok_Is_False()
    {
        // Arrange
        slack.Api.AnswerNext("chat.postEphemeral", 200, "{\"ok\":false,\"error\":\"user_not_in_channel\"}");

        // Act
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Api.PostEphemeralAsync("CERR", "U1", "hi", TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal("chat.postEphemeral", error.Method);
        Assert.Equal("user_not_in_channel", error.Error);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Sender_Fails_Permanently_With_Error_Code_And_Retries_Transient_Errors()
    {
        // Arrange
        slack.Api.AnswerNext("chat.postMessage", 200, "{\"ok\":false,\"error\":\"channel_not_found\"}");
        slack.Api.AnswerNext("chat.postMessage", 503, "upstream down");

        // Act
        var permanent = await Sender.SendAsync(Message("CGONE", Reply.Say("hello")), TestContext.Current.CancellationToken);
        var transient = await Sender.SendAsync(Message("CGONE", Reply.Say("hello")), TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains("channel_not_found", Assert.IsType<SendOutcome.Failed>(permanent).Reason, StringComparison.Ordinal);
        Assert.Contains("http_503", Assert.IsType<SendOutcome.Retry>(transient).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_Honours_Retry_After_For_That_Method_Only()
    {
        // Arrange
        slack.Api.AnswerNext("views.publish", 429, "{\"ok\":false,\"error\":\"ratelimited\"}", retryAfterSeconds: 30);
        var view = new JsonObject { ["type"] = "home", ["blocks"] = new JsonArray() };

        // Act
        var limited = await Assert.ThrowsAsync<SlackApiException>(() => Api.PublishViewAsync("U429", view, TestContext.Current.CancellationToken));
        var callsAfterLimit = slack.Api.CallsTo("views.publish").Count;
        var waiting = await Assert.ThrowsAsync<SlackApiException>(() => Api.PublishViewAsync("U429", view, TestContext.Current.CancellationToken));
        var callsWhileWaiting = slack.Api.CallsTo("views.publish").Count;
        await Api.PostEphemeralAsync("C429", "U429", "other methods still go", TestContext.Current.CancellationToken);
        slack.Factory.Time.Advance(TimeSpan.FromSeconds(31));
        await Api.PublishViewAsync("U429", view, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(30), limited.RetryAfter);
        Assert.True(limited.IsTransient);
        Assert.Equal(callsAfterLimit, callsWhileWaiting);
        Assert.NotNull(waiting.RetryAfter);
        Assert.True(waiting.RetryAfter <= TimeSpan.FromSeconds(30));
        Assert.Equal(callsAfterLimit + 1, slack.Api.CallsTo("views.publish").Count);
    }

    [Fact]
    public async Task Sender_Returns_Retry_With_Retry_After_When_Rate_Limited()
    {
        // Arrange
        slack.Api.AnswerNext("chat.update", 429, "{\"ok\":false,\"error\":\"ratelimited\"}", retryAfterSeconds: 7);

        // Act
        var outcome = await Sender.SendAsync(Message("CRATE", Reply.Say("again") with { ReplaceMessageId = "1762074000.000001" }), TestContext.Current.CancellationToken);
        slack.Factory.Time.Advance(TimeSpan.FromSeconds(8));

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(7), Assert.IsType<SendOutcome.Retry>(outcome).After);
    }

    [Fact]
    public async Task Sender_Posts_New_Message_When_The_Original_Cannot_Be_Updated()
    {
        // Arrange
        slack.Api.AnswerNext("chat.update", 200, "{\"ok\":false,\"error\":\"message_not_found\"}");

        // Act
        var outcome = await Sender.SendAsync(Message("CFALLBACK", Reply.Say("**Done**") with { ReplaceMessageId = "1762074000.000002" }), TestContext.Current.CancellationToken);
        var post = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CFALLBACK");

        // Assert
        Assert.Equal(post.PostedTs, Assert.IsType<SendOutcome.Sent>(outcome).MessageId);
        Assert.Equal("*Done*", post.Json["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sender_Opens_Nothing_And_Uses_Bearer_Token_For_Users_Info()
    {
        // Act
        var user = await Api.UserInfoAsync("UINFO", TestContext.Current.CancellationToken);
        var call = await slack.Api.WaitForAsync("users.info", c => c.Form.GetValueOrDefault("user") == "UINFO");

        // Assert
        Assert.Equal("Person UINFO", user.Name);
        Assert.Equal("Europe/London", user.TimeZone);
        Assert.Equal("Bearer " + SlackFixture.Token, call.Authorization);
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType, StringComparison.Ordinal);
    }

    private static OutboundMessage Message(string channel, Reply reply) =>
        new("1", SlackTurns.Conversation(SlackFixture.Team, channel, "channel"), reply, "key-" + Guid.NewGuid().ToString("N"), 1);
}
