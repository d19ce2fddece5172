using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>The three endpoints' checks: signature, freshness, size, parsing, dedupe; bad input changes nothing.</summary>
public sealed class SlackEndpointTests(SlackFixture slack) : IClassFixture<SlackFixture>
{
    [Fact]
    public async Task Events_Answers_Challenge_When_UrlVerification_Is_Signed()
    {
        // Arrange
        var body = new JsonObject { ["token"] = "x", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" };

        // Act
        using var response = await slack.EventAsync(body);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/interactions")]
    public async Task Endpoint_Returns401_When_Signature_Missing(string path)
    {
        // Act
        using var response = await slack.PostAsync(path, "{\"type\":\"url_verification\",\"challenge\":\"c\"}", "application/json", sign: false);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(-360)]
    [InlineData(360)]
    public async Task Events_Returns401_When_Timestamp_Outside_Window(int skewSeconds)
    {
        // Arrange
        var envelope = SlackFixture.DirectMessage("EvSTALE" + skewSeconds, "USTALE", "help");

        // Act
        using var response = await slack.EventAsync(envelope, TimeSpan.FromSeconds(skewSeconds));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(InboxHas("slack:EvSTALE" + skewSeconds));
    }

    [Fact]
    public async Task Events_Returns401_When_Body_Differs_From_Signed_Body()
    {
        // Arrange
        var signed = SlackFixture.DirectMessage("EvTAMPER", "UTAMPER", "help").ToJsonString();
        var sent = signed.Replace("help", "home", StringComparison.Ordinal);

        // Act
        using var response = await slack.PostAsync("/api/slack/events", sent, "application/json", signatureBody: signed);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(InboxHas("slack:EvTAMPER"));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"something_else\"}")]
    public async Task Events_Returns400_When_Body_Does_Not_Parse_Or_Type_Unknown(string body)
    {
        // Act
        using var response = await slack.PostAsync("/api/slack/events", body, "application/json");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Events_Returns413_When_Body_Larger_Than_Limit()
    {
        // Arrange
        var envelope = SlackFixture.DirectMessage("EvBIG", "UBIG", new string('x', 70_000));

        // Act
        using var response = await slack.EventAsync(envelope);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(InboxHas("slack:EvBIG"));
    }

    [Fact]
    public async Task Events_Processes_Once_When_Slack_Retries_Same_EventId()
    {
        // Arrange
        var envelope = SlackFixture.DirectMessage("EvRETRY", "URETRY", "help");

        // Act
        using var first = await slack.EventAsync(envelope);
        using var retry = await slack.EventAsync(envelope);
        using var later = await slack.EventAsync(SlackFixture.DirectMessage("EvAFTER", "URETRY", "cancel"));
        await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "DURETRY" && c.Body.Contains("nothing to cancel", StringComparison.Ordinal));

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Single(slack.Api.CallsTo("chat.postMessage"), c => c.Channel == "DURETRY" && c.Body.Contains("What I can do", StringComparison.Ordinal));
        Assert.Equal(1, Inbox().ReadAll().Count(x => x.DeliveryKey == "slack:EvRETRY"));
    }

    [Theory]
    [InlineData("bot_id", "B0OTHER")]
    [InlineData("subtype", "message_changed")]
    [InlineData("user", SlackFixture.BotUser)]
    public async Task Events_Ignores_Bot_Messages_And_Subtypes(string field, string value)
    {
        // Arrange
        var envelope = SlackFixture.DirectMessage("EvIGNORE" + field, "UIGNORE", "help");
        envelope["event"]![field] = value;

        // Act
        using var response = await slack.EventAsync(envelope);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(InboxHas("slack:EvIGNORE" + field));
    }

    [Fact]
    public async Task Commands_Replayed_With_Same_Trigger_Are_Taken_Once()
    {
        // Arrange
        var trigger = SlackFixture.NewTrigger();

        // Act
        using var first = await slack.CommandAsync("UREPLAY", "CREPLAY", "help", trigger);
        using var replay = await slack.CommandAsync("UREPLAY", "CREPLAY", "help", trigger);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, Inbox().ReadAll().Count(x => x.DeliveryKey == "slack:command:" + trigger));
    }

    [Fact]
    public async Task Commands_Returns200_For_SslCheck()
    {
        // Act
        using var response = await slack.PostAsync("/api/slack/commands", "ssl_check=1&token=x", "application/x-www-form-urlencoded");

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Commands_Returns400_When_Required_Fields_Missing()
    {
        // Act
        using var response = await slack.PostAsync("/api/slack/commands", "command=%2Faims&text=help&team_id=T0TEAM", "application/x-www-form-urlencoded");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("payload=%7Bnot+json")]
    [InlineData("nopayload=1")]
    [InlineData("payload=%7B%22type%22%3A%22shortcut%22%2C%22team%22%3A%7B%22id%22%3A%22T0TEAM%22%7D%2C%22user%22%3A%7B%22id%22%3A%22U1%22%7D%7D")]
    public async Task Interactions_Returns400_For_Unparseable_Or_Unknown_Payload(string body)
    {
        // Act
        using var response = await slack.PostAsync("/api/slack/interactions", body, "application/x-www-form-urlencoded");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ViewSubmission_Returns400_When_Metadata_Is_Not_AimsBots()
    {
        // Arrange
        var payload = SlackFlow.Submission("UFOREIGN", "{\"something\":\"else\"}", []);

        // Act
        using var response = await slack.InteractionAsync(payload);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ViewSubmission_For_Dialog_That_No_Longer_Exists_Closes_Modal_And_Changes_Nothing()
    {
        // Arrange
        var cardId = FormCardId.For(new FormInstance { InstanceId = "0123456789abcdef0123456789abcdef", Revision = 3 }, UserRef.MakeKey(Platform.Slack, SlackFixture.Team, "UGONE"));
        var metadata = "{\"ch\":\"CGONE\",\"ts\":\"1762074000.000001\",\"ct\":\"channel\",\"d\":{\"verb\":\"register/next\",\"cardId\":\"" + cardId + "\"},\"off\":{}}";
        var payload = SlackFlow.Submission("UGONE", metadata, new() { ["affectedPeople"] = "Staff", ["autonomy"] = "HumanInTheLoop", ["oversight"] = "Review" });
        var before = Systems().Count();

        // Act
        using var response = await slack.InteractionAsync(payload);
        var notice = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CGONE");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("no longer active", notice.Body, StringComparison.Ordinal);
        Assert.Equal(before, Systems().Count());
    }

    private InboxDatabase Inbox() => slack.Factory.Services.GetRequiredService<InboxDatabase>();

    private IAiSystemStore Systems() => slack.Factory.Services.GetRequiredService<IAiSystemStore>();

    private bool InboxHas(string deliveryKey) => Inbox().Find(deliveryKey) is not null;
}
