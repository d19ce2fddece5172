using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Slack;
using AimsBot.Tests.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Tests.Security;

/// <summary>Only the bot's own workspace gets in; a slash command where the bot cannot post is answered through its response URL.</summary>
public sealed class SlackAccessTests(SlackFixture slack) : IClassFixture<SlackFixture>
{
    [Fact]
    public async Task Command_From_Another_Workspace_Is_403_And_Not_Queued()
    {
        // Arrange
        var trigger = SlackFixture.NewTrigger();

        // Act
        using var response = await slack.CommandAsync("UOTHER", "COTHER", "systems", trigger, team: "T0OTHER");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
        Assert.Null(Inbox().Find("slack:command:" + trigger));
    }

    [Fact]
    public async Task Mention_From_A_Slack_Connect_Guest_Is_403_And_Not_Queued()
    {
        // Arrange: a shared channel; the person's workspace belongs to another organisation.
        var envelope = SlackFixture.Envelope("EvGUEST", new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "UGUEST",
            ["user_team"] = "T0GUEST",
            ["channel"] = "CSHARED",
            ["text"] = $"<@{SlackFixture.BotUser}> systems",
            ["ts"] = "1762074000.000300",
        });
        envelope["is_ext_shared_channel"] = true;

        // Act
        using var response = await slack.EventAsync(envelope);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(Inbox().Find("slack:EvGUEST"));
    }

    [Fact]
    public async Task Button_Click_By_A_Guest_From_Another_Organisation_Is_403_And_Not_Queued()
    {
        // Arrange
        var click = SlackFlow.Click("UGUEST", "CSHARED", "1762074000.000100", new JsonObject
        {
            ["action_id"] = "submit:0",
            ["value"] = "{\"verb\":\"systems/page\",\"page\":\"2\"}",
        });
        click["user"]!["team_id"] = "T0GUEST";
        var trigger = click["trigger_id"]!.GetValue<string>();

        // Act
        using var response = await slack.InteractionAsync(click);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(Inbox().Find("slack:action:" + trigger));
    }

    [Fact]
    public async Task Command_Where_The_Bot_Cannot_Post_Is_Answered_Through_The_Response_Url()
    {
        // Arrange: a direct message between two people; chat.postMessage cannot reach it.
        slack.Api.AnswerNext("chat.postMessage", 200, "{\"ok\":false,\"error\":\"channel_not_found\"}");

        // Act
        using var response = await slack.CommandAsync("UPAIR", "DPAIR", "help", responseUrl: "https://hooks.slack.com/commands/T0TEAM/42/pair");
        var answered = await slack.Api.WaitForAsync("response_url");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("commands/T0TEAM/42/pair", answered.Response);
        Assert.Equal("", answered.Authorization);
        Assert.Equal("ephemeral", answered.Json["response_type"]!.GetValue<string>());
        Assert.Contains("*What I can do*", answered.Text, StringComparison.Ordinal);
        Assert.Contains(SlackReplySender.NotInConversationNote, answered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://hooks.slack.com/commands/T0TEAM/1/abc", true)]
    [InlineData("https://hooks.slack-gov.com/commands/T0TEAM/1/abc", true)]
    [InlineData("http://hooks.slack.com/commands/T0TEAM/1/abc", false)]
    [InlineData("https://hooks.slack.com:8443/commands/x", false)]
    [InlineData("https://hooks.slack.com.evil.example/commands/x", false)]
    [InlineData("https://evil.example/?https://hooks.slack.com/", false)]
    [InlineData("https://user@hooks.slack.com/commands/x", false)]
    [InlineData("https://127.0.0.1/commands/x", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("", false)]
    public void Only_Slacks_Own_Hosts_Are_Kept_As_Response_Urls(string url, bool kept)
    {
        // Arrange
        var urls = new SlackResponseUrls(slack.Factory.Time);

        // Act
        urls.Remember("slack:command:trigger.1", url);

        // Assert
        Assert.Equal(kept, SlackResponseUrls.IsSlackHost(url));
        Assert.Equal(kept, urls.Use("slack:command:trigger.1:0") is not null);
    }

    [Fact]
    public void A_Response_Url_Serves_Only_Its_Own_Command_Five_Times_Within_30_Minutes()
    {
        // Arrange
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var urls = new SlackResponseUrls(time);
        urls.Remember("slack:command:trigger.A", "https://hooks.slack.com/commands/T0TEAM/1/a");
        urls.Remember("slack:command:trigger.B", "https://hooks.slack.com/commands/T0TEAM/1/b");

        // Act
        var uses = Enumerable.Range(0, 6).Select(i => urls.Use($"slack:command:trigger.A:{i}")).ToList();
        var other = urls.Use("slack:command:trigger.C:0");
        var reminder = urls.Use("slack:reminder:trigger.B:0");
        time.Advance(SlackResponseUrls.Lifetime);
        var stale = urls.Use("slack:command:trigger.B:0");

        // Assert
        Assert.All(uses.Take(5), u => Assert.Equal("https://hooks.slack.com/commands/T0TEAM/1/a", u?.AbsoluteUri));
        Assert.Null(uses[5]);
        Assert.Null(other);
        Assert.Null(reminder);
        Assert.Null(stale);
    }

    public static TheoryData<string> PolicyRows() => [.. AccessPolicy.Rows.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The authorization table's last column: a guest from another organisation may do nothing, whatever the row.</summary>
    [Theory]
    [MemberData(nameof(PolicyRows))]
    public async Task A_Guest_From_Another_Organisation_Is_Refused_Every_Command_And_Card_Action(string key)
    {
        // Arrange
        var invocation = AuthorizationTableTests.Invocations[key];
        HttpResponseMessage response;
        string deliveryKey;

        // Act
        if (invocation.Text is { } text)
        {
            var trigger = SlackFixture.NewTrigger();
            deliveryKey = "slack:command:" + trigger;
            response = await slack.CommandAsync("UGUEST", "CSHARED", text, trigger, team: "T0GUEST");
        }
        else
        {
            var data = new JsonObject();
            foreach (var (field, value) in invocation.Data!)
            {
                data[field] = value;
            }

            var click = SlackFlow.Click("UGUEST", "CSHARED", "1762074000.000100", new JsonObject { ["action_id"] = "submit:0", ["value"] = data.ToJsonString() });
            click["user"]!["team_id"] = "T0GUEST";
            deliveryKey = "slack:action:" + click["trigger_id"]!.GetValue<string>();
            response = await slack.InteractionAsync(click);
        }

        // Assert
        using (response)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Null(Inbox().Find(deliveryKey));
        }
    }

    [Fact]
    public async Task Messages_Are_Posted_With_Mentions_Left_Unlinked()
    {
        // Act
        using var response = await slack.CommandAsync("ULINK", "CLINK", "help");
        var post = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CLINK");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(post.Json["link_names"]!.GetValue<bool>());
    }

    private InboxDatabase Inbox() => slack.Factory.Services.GetRequiredService<InboxDatabase>();
}
