using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>Issue 13: the outbox keeps a configurable pace per conversation and per destination; issue 12: and per app across Teams' service URLs.</summary>
public sealed class OutboxPacingTests : IDisposable
{
    private readonly TranscriptHarness _chat = new();
    private readonly RecordingSender _slack = new(Platform.Slack);
    private readonly RecordingSender _teams = new(Platform.Teams);

    public void Dispose() => _chat.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private OutboxDispatcher Dispatcher(PacingOptions pacing) => new(
        _chat.Get<IOutboxStore>(),
        _chat.Get<OutboxSignal>(),
        [_slack, _teams],
        new DestinationCircuits(),
        _chat.Time,
        Options.Create(new DeliveryOptions()),
        NullLogger<OutboxDispatcher>.Instance,
        new OutboxPacer(_chat.Time, Options.Create(pacing)),
        _chat.Get<OutboxHandoff>());

    private static ConversationRef Channel(string workspace, string channel) => new(Platform.Slack, workspace, channel);

    private static ConversationRef TeamsChat(string id, string serviceUrl) =>
        TranscriptHarness.PersonalChat(TranscriptHarness.Person(id, id)) with { ServiceUrl = serviceUrl };

    /// <summary>Sends what is due, then moves the fake clock on by <paramref name="step"/>, <paramref name="times"/> times; returns the sent count after each step.</summary>
    private async Task<List<int>> StepAsync(OutboxDispatcher dispatcher, RecordingSender sender, TimeSpan step, int times)
    {
        var counts = new List<int>();
        for (var i = 0; i < times; i++)
        {
            while (await dispatcher.SendDueAsync(Token) > 0 && _chat.Get<IOutboxStore>().Due(_chat.Time.GetUtcNow().UtcDateTime, 1).Count > 0)
            {
            }

            counts.Add(sender.Sent.Count);
            _chat.Time.Advance(step);
        }

        return counts;
    }

    [Fact]
    public async Task A_Slack_Channel_Gets_One_Message_A_Second_In_Order_While_Another_Channel_Is_Not_Held()
    {
        // Arrange: 5 replies to one channel and 1 to another, at 1 a second per channel, no burst.
        var pacing = new PacingOptions { Slack = new Pace { PerConversation = 1, ConversationBurst = 1, PerDestination = 100, DestinationBurst = 100 } };
        var outbox = _chat.Get<IOutbox>();
        for (var i = 0; i < 5; i++)
        {
            outbox.Enqueue(Channel("T1", "C-busy"), [Reply.Say("m" + i)], "turn-" + i);
        }

        outbox.Enqueue(Channel("T1", "C-quiet"), [Reply.Say("other")], "turn-other");
        var dispatcher = Dispatcher(pacing);

        // Act
        var sentAfterEachSecond = await StepAsync(dispatcher, _slack, TimeSpan.FromSeconds(1), 6);

        // Assert: the quiet channel and the first message go at once, then one a second, in order; no attempt is used up.
        Assert.Equal([2, 3, 4, 5, 6, 6], sentAfterEachSecond);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], _slack.Sent.Where(x => x.Conversation.ConversationId == "C-busy").Select(x => x.Reply.Text));
        Assert.All(_chat.Get<IOutboxStore>().InState(OutboxState.Sent), item => Assert.Equal(1, item.Attempts));
    }

    [Fact]
    public async Task A_Teams_Service_Url_Is_Held_To_Its_Rate_Across_Conversations_But_Another_Service_Url_Is_Not()
    {
        // Arrange: 10 people on one service URL at 2 a second (burst 2), one person on another.
        var pacing = new PacingOptions { Teams = new Pace { PerConversation = 10, ConversationBurst = 10, PerDestination = 2, DestinationBurst = 2 } };
        var outbox = _chat.Get<IOutbox>();
        for (var i = 0; i < 10; i++)
        {
            outbox.Enqueue(TeamsChat("p" + i, "https://smba.trafficmanager.net/emea/"), [Reply.Say("m" + i)], "turn-" + i);
        }

        outbox.Enqueue(TeamsChat("elsewhere", "https://smba.trafficmanager.net/amer/"), [Reply.Say("amer")], "turn-amer");
        var dispatcher = Dispatcher(pacing);

        // Act
        var sent = await StepAsync(dispatcher, _teams, TimeSpan.FromSeconds(1), 6);

        // Assert: 2 + the other region at once, then 2 a second.
        Assert.Equal([3, 5, 7, 9, 11, 11], sent);
        Assert.Contains(_teams.Sent.Take(3), x => x.Reply.Text == "amer");
        Assert.Empty(_chat.Get<IOutboxStore>().InState(OutboxState.Pending));
    }

    [Fact]
    public async Task The_Teams_App_Pace_Holds_Every_Service_Url_Together()
    {
        // Arrange: 6 people in EMEA and 6 in the Americas, each region allowed 10 a second, the app 3 a second (burst 3).
        var pacing = new PacingOptions { Teams = new Pace { PerConversation = 10, ConversationBurst = 10, PerDestination = 10, DestinationBurst = 10, PerApp = 3, AppBurst = 3 } };
        var outbox = _chat.Get<IOutbox>();
        for (var i = 0; i < 6; i++)
        {
            outbox.Enqueue(TeamsChat("emea-" + i, "https://smba.trafficmanager.net/emea/"), [Reply.Say("emea " + i)], "turn-emea-" + i);
            outbox.Enqueue(TeamsChat("amer-" + i, "https://smba.trafficmanager.net/amer/"), [Reply.Say("amer " + i)], "turn-amer-" + i);
        }

        var dispatcher = Dispatcher(pacing);

        // Act
        var sent = await StepAsync(dispatcher, _teams, TimeSpan.FromSeconds(1), 5);

        // Assert: 3 a second across both regions (each region alone would have sent all its 6 at once), none refused or retried.
        Assert.Equal([3, 6, 9, 12, 12], sent);
        Assert.Equal(6, _teams.Sent.Count(x => x.Reply.Text!.StartsWith("emea", StringComparison.Ordinal)));
        Assert.Equal(6, _teams.Sent.Count(x => x.Reply.Text!.StartsWith("amer", StringComparison.Ordinal)));
        Assert.All(_chat.Get<IOutboxStore>().InState(OutboxState.Sent), item => Assert.Equal(1, item.Attempts));
    }

    [Fact]
    public async Task Slack_Has_No_App_Pace_By_Default_So_Workspaces_Do_Not_Hold_Each_Other()
    {
        // Arrange: the default settings, 8 a second per workspace; 8 channels in each of two workspaces.
        var outbox = _chat.Get<IOutbox>();
        for (var i = 0; i < 8; i++)
        {
            outbox.Enqueue(Channel("T1", "C" + i), [Reply.Say("t1 " + i)], "turn-t1-" + i);
            outbox.Enqueue(Channel("T2", "C" + i), [Reply.Say("t2 " + i)], "turn-t2-" + i);
        }

        // Act
        var sent = await StepAsync(Dispatcher(new PacingOptions()), _slack, TimeSpan.FromSeconds(1), 1);

        // Assert: each workspace's burst (20) covers its 8, whatever the other sends.
        Assert.Equal(0, new PacingOptions().Slack.PerApp);
        Assert.Equal([16], sent);
    }

    [Fact]
    public async Task Pacing_Off_Sends_Everything_At_Once()
    {
        // Arrange
        var outbox = _chat.Get<IOutbox>();
        for (var i = 0; i < 5; i++)
        {
            outbox.Enqueue(Channel("T1", "C1"), [Reply.Say("m" + i)], "turn-" + i);
        }

        // Act
        var sent = await StepAsync(Dispatcher(new PacingOptions { Enabled = false }), _slack, TimeSpan.FromSeconds(1), 1);

        // Assert
        Assert.Equal([5], sent);
    }

    [Theory]
    [InlineData(0, 1, 5, 5, "Delivery:Pacing:Slack:PerConversation")]
    [InlineData(1, 0, 5, 5, "Delivery:Pacing:Slack:ConversationBurst")]
    [InlineData(1, 1, 5000, 5, "Delivery:Pacing:Slack:PerDestination")]
    [InlineData(1, 1, 5, -1, "Delivery:Pacing:Slack:DestinationBurst")]
    public void Bad_Settings_Stop_The_Host_Naming_The_Setting(double perConversation, int conversationBurst, double perDestination, int destinationBurst, string named)
    {
        // Arrange
        var options = new PacingOptions { Slack = new Pace { PerConversation = perConversation, ConversationBurst = conversationBurst, PerDestination = perDestination, DestinationBurst = destinationBurst } };

        // Act
        var result = new PacingOptionsValidator().Validate(null, options);

        // Assert
        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new PacingOptionsValidator().Validate(null, new PacingOptions()).Succeeded);
    }

    [Theory]
    [InlineData(-1, 5, "Delivery:Pacing:Teams:PerApp")]
    [InlineData(1001, 5, "Delivery:Pacing:Teams:PerApp")]
    [InlineData(30, 0, "Delivery:Pacing:Teams:AppBurst")]
    public void A_Bad_App_Pace_Stops_The_Host_Naming_The_Setting(double perApp, int appBurst, string named)
    {
        // Arrange
        var options = new PacingOptions { Teams = new Pace { PerApp = perApp, AppBurst = appBurst } };

        // Act
        var result = new PacingOptionsValidator().Validate(null, options);

        // Assert: named, and no app-wide pace (0) is a valid choice.
        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new PacingOptionsValidator().Validate(null, new PacingOptions { Teams = new Pace { PerApp = 0 } }).Succeeded);
    }
}
