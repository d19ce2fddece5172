using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Scheduling;
using AimsBot.Scheduling;
using AimsBot.Tests.Integration;
using AimsBot.Tests.Slack;
using AimsBot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Scheduling;

/// <summary>First contact through the real edges: the scheduler opens the chat, the outbox sends the day's reminders.</summary>
public sealed class ProactiveSendingTests
{
    private const string LocalConnector = "http://localhost:56150/_connector";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Teams_Owner_Never_Seen_Gets_A_New_Chat_And_The_Reminder_Once()
    {
        // Arrange: someone in the tenant talked to the bot (so its service URL is known); the owner never did.
        using var factory = new TeamsBotFactory();
        factory.Connector.Respond = request => request.Url.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? RecordingHandler.Json(HttpStatusCode.OK, "{\"id\":\"a:opened-1\"}")
            : RecordingHandler.Json(HttpStatusCode.Created, "{\"id\":\"activity-" + request.Number + "\"}");
        var hello = TeamsBotFactory.Activity("message", "hello-1", LocalConnector);
        hello["text"] = "help";
        using (await factory.PostActivityAsync(hello.ToJsonString()))
        {
            await WaitForAsync(factory.Connector, r => r.Url.AbsoluteUri.Contains("conv-hello-1", StringComparison.Ordinal));
        }

        var owner = $"teams:{TestBotKeys.TenantId}:29:owner-new";
        var stranger = "teams:another-tenant:29:owner-elsewhere";
        Assign(factory.Services, "A.6.2.8", owner, factory.Time.GetUtcNow().AddDays(-1));
        Assign(factory.Services, "A.7.4", stranger, factory.Time.GetUtcNow().AddDays(-1));
        var scheduler = factory.Services.GetRequiredService<SchedulerService>();

        // Act
        var queued = await scheduler.TickAsync(Ct);
        var sent = await WaitForAsync(factory.Connector, r => r.Url.AbsoluteUri.Contains("a%3Aopened-1/activities", StringComparison.Ordinal));
        var again = await scheduler.TickAsync(Ct);

        // Assert
        Assert.Equal(1, queued);
        Assert.Equal(0, again);
        var create = Assert.Single(factory.Connector.Requests, r => r.Url.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal));
        var body = JsonNode.Parse(create.Body)!;
        Assert.Equal("29:owner-new", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(TestBotKeys.TenantId, body["tenantId"]!.GetValue<string>());
        Assert.Contains("A.6.2.8", sent.Body, StringComparison.Ordinal);
        Assert.Contains("application/vnd.microsoft.card.adaptive", sent.Body, StringComparison.Ordinal);
        var missing = factory.Services.GetRequiredService<IReachStore>().Get(stranger);
        Assert.NotNull(missing);
        Assert.Contains("not installed", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slack_Owner_Never_Seen_Gets_A_Direct_Message_With_Their_Zone_Remembered()
    {
        // Arrange
        await using var slack = new SlackFixture();
        await slack.InitializeAsync();
        var owner = $"slack:{SlackFixture.Team}:UOWNER";
        Assign(slack.Factory.Services, "A.6.2.8", owner, slack.Factory.Time.GetUtcNow().AddDays(-1));
        var scheduler = slack.Factory.Services.GetRequiredService<SchedulerService>();

        // Act
        var queued = await scheduler.TickAsync(Ct);
        var posted = await slack.Api.WaitForAsync("chat.postMessage", c => c.Json["channel"]?.GetValue<string>() == "DUOWNER");

        // Assert
        Assert.Equal(1, queued);
        Assert.Single(slack.Api.CallsTo("conversations.open"));
        Assert.Contains("A.6.2.8", posted.Body, StringComparison.Ordinal);
        Assert.Equal("Europe/London", slack.Factory.Services.GetRequiredService<PeopleClock>().For(owner).Zone.Id);
        Assert.Equal(0, await scheduler.TickAsync(Ct));
    }

    private static void Assign(IServiceProvider services, string control, string ownerKey, DateTimeOffset nextReview)
    {
        var store = services.GetRequiredService<IControlStore>();
        var record = store.Get(control);
        record.OwnerKey = ownerKey;
        record.OwnerName = "Owner";
        record.NextReview = nextReview.UtcDateTime;
        store.Save(record);
    }

    private static async Task<RecordedRequest> WaitForAsync(RecordingHandler handler, Func<RecordedRequest, bool> match)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            handler.Received = next;
            if (handler.Requests.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await next.Task.WaitAsync(timeout.Token);
        }
    }
}
