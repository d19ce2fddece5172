using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>Issue 13, defects 2 and 4: an outage loses nothing, one circuit per destination, a poison item is dead-lettered.</summary>
public sealed class OutboxOutageTests : IDisposable
{
    private readonly TranscriptHarness _chat = new();
    private readonly OutageSender _teams = new();
    private readonly DestinationCircuits _circuits = new();

    public OutboxOutageTests() => _teams.Clock = _chat.Time;

    public void Dispose() => _chat.Dispose();

    private OutboxDispatcher Dispatcher(DestinationCircuits? circuits = null) => new(
        _chat.Get<IOutboxStore>(),
        _chat.Get<OutboxSignal>(),
        [_teams],
        circuits ?? _circuits,
        _chat.Time,
        Options.Create(new DeliveryOptions()),
        NullLogger<OutboxDispatcher>.Instance,
        handoff: _chat.Get<OutboxHandoff>());

    private static ConversationRef Chat(string id, string serviceUrl = "https://smba.trafficmanager.net/teams/") =>
        TranscriptHarness.PersonalChat(TranscriptHarness.Person(id, id)) with { ServiceUrl = serviceUrl };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Runs the sender as its loop would, every <paramref name="step"/> of fake time, for <paramref name="duration"/>.</summary>
    private async Task RunFor(OutboxDispatcher dispatcher, TimeSpan duration, TimeSpan step)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += step)
        {
            while (await dispatcher.SendDueAsync(Token) > 0 && _chat.Get<IOutboxStore>().Due(_chat.Time.GetUtcNow().UtcDateTime, 1).Count > 0)
            {
            }

            _chat.Time.Advance(step);
        }
    }

    [Fact]
    public async Task An_Hour_Long_Outage_Loses_Nothing_Probes_Once_At_A_Time_And_Releases_In_Order()
    {
        // Arrange: 200 replies to 50 people while the Connector answers 503 for an hour.
        var outbox = _chat.Get<IOutbox>();
        for (var i = 0; i < 200; i++)
        {
            outbox.Enqueue(Chat("p" + (i % 50)), [Reply.Say("m" + i)], "turn-" + i);
        }

        _teams.DownUntil = _chat.Time.GetUtcNow().AddHours(1);
        var dispatcher = Dispatcher();

        // Act
        await RunFor(dispatcher, TimeSpan.FromHours(1), TimeSpan.FromSeconds(30));
        var refusedDuringOutage = _teams.Refused;
        await RunFor(dispatcher, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5));

        // Assert: everything sent within half a minute of the Connector's return; while it was down, one probe
        // at a time (at most one per 30 s step here: 200 replies retried each on its own would be thousands).
        var store = _chat.Get<IOutboxStore>();
        Assert.Empty(store.InState(OutboxState.Dead));
        Assert.Equal(200, store.InState(OutboxState.Sent).Count);
        Assert.InRange(refusedDuringOutage, 1, 121);
        for (var person = 0; person < 50; person++)
        {
            var texts = _teams.Delivered.Where(m => m.Conversation.ConversationId == "a:p" + person).Select(m => int.Parse(m.Reply.Text![1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(texts.Order(), texts);
        }
    }

    [Fact]
    public async Task A_Retry_After_Holds_The_Whole_Destination_But_Not_Another_One()
    {
        // Arrange
        var outbox = _chat.Get<IOutbox>();
        outbox.Enqueue(Chat("a"), [Reply.Say("a1")], "turn-a");
        outbox.Enqueue(Chat("b"), [Reply.Say("b1")], "turn-b");
        outbox.Enqueue(Chat("c", "https://smba.trafficmanager.net/emea/"), [Reply.Say("c1")], "turn-c");
        _teams.RetryAfterOnce = TimeSpan.FromSeconds(30);
        var dispatcher = Dispatcher();

        // Act
        await dispatcher.SendDueAsync(Token);
        var before = _teams.Delivered.Select(m => m.Reply.Text).ToList();
        _chat.Time.Advance(TimeSpan.FromSeconds(29));
        await dispatcher.SendDueAsync(Token);
        var early = _teams.Delivered.Count;
        _chat.Time.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.SendDueAsync(Token);

        // Assert
        Assert.Equal(["c1"], before);
        Assert.Equal(1, early);
        Assert.Equal(["c1", "a1", "b1"], _teams.Delivered.Select(m => m.Reply.Text));
        Assert.Equal(1, _teams.Refused);
    }

    [Fact]
    public async Task A_Later_Reply_Waits_Behind_An_Earlier_One_Backing_Off_Also_After_A_Restart()
    {
        // Arrange: the first reply is refused once and backs off (2 s, with jitter).
        var outbox = _chat.Get<IOutbox>();
        outbox.Enqueue(Chat("a"), [Reply.Say("first")], "turn-1");
        _teams.DownUntil = _chat.Time.GetUtcNow().AddMilliseconds(500);
        await Dispatcher().SendDueAsync(Token);

        // Act: a restart forgets the circuit; the Connector is back and a second reply is queued before the first is due again.
        var restarted = Dispatcher(new DestinationCircuits());
        _chat.Time.Advance(TimeSpan.FromSeconds(1));
        outbox.Enqueue(Chat("a"), [Reply.Say("second")], "turn-2");
        await restarted.SendDueAsync(Token);
        var early = _teams.Delivered.Count;
        _chat.Time.Advance(TimeSpan.FromSeconds(5));
        while (await restarted.SendDueAsync(Token) > 0)
        {
        }

        // Assert
        Assert.Equal(0, early);
        Assert.Equal(["first", "second"], _teams.Delivered.Select(m => m.Reply.Text));
    }

    [Fact]
    public async Task A_Poison_Item_Is_Dead_Lettered_With_Its_Error_And_Its_Conversation_Moves_On()
    {
        // Arrange: a stored row whose reply no longer parses, then a good one to the same person.
        var outbox = _chat.Get<IOutbox>();
        outbox.Enqueue(Chat("a"), [Reply.Say("broken"), Reply.Say("next")], "turn-a");
        var store = _chat.Get<IOutboxStore>();
        var broken = store.InState(OutboxState.Pending)[0];
        broken.Reply = "{ not json";
        store.Save([broken]);
        var dispatcher = Dispatcher();

        // Act
        await dispatcher.SendDueAsync(Token);
        await dispatcher.SendDueAsync(Token);

        // Assert
        var dead = Assert.Single(store.InState(OutboxState.Dead));
        Assert.StartsWith("JsonException", dead.LastError, StringComparison.Ordinal);
        Assert.Equal(["next"], _teams.Delivered.Select(m => m.Reply.Text));
    }

    /// <summary>A Connector that is down until a time (503), or answers one 429 with Retry-After.</summary>
    private sealed class OutageSender : IReplySender
    {
        private readonly Lock _gate = new();

        public DateTimeOffset DownUntil { get; set; }

        public TimeSpan? RetryAfterOnce { get; set; }

        public TimeProvider Clock { get; set; } = TimeProvider.System;

        public List<OutboundMessage> Delivered { get; } = [];

        public int Refused { get; private set; }

        public Platform Platform => Platform.Teams;

        public Task<SendOutcome> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (RetryAfterOnce is { } after)
                {
                    RetryAfterOnce = null;
                    Refused++;
                    return Task.FromResult<SendOutcome>(new SendOutcome.Retry("429", after));
                }

                if (message.Conversation.ServiceUrl!.Contains("/teams/", StringComparison.Ordinal) && Now() < DownUntil)
                {
                    Refused++;
                    return Task.FromResult<SendOutcome>(new SendOutcome.Retry("503"));
                }

                Delivered.Add(message);
                return Task.FromResult<SendOutcome>(new SendOutcome.Sent("id-" + message.Id));
            }
        }

        private DateTimeOffset Now() => Clock.GetUtcNow();
    }
}
