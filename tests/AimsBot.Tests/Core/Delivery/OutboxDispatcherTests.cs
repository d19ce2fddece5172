using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using AimsBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Delivery;

public sealed class OutboxDispatcherTests : IDisposable
{
    private readonly TranscriptHarness _chat = new();
    private readonly RecordingSender _teams = new(Platform.Teams);

    public void Dispose() => _chat.Dispose();

    private OutboxDispatcher Dispatcher(TimeSpan? window = null, DeliveryMetrics? metrics = null) => new(
        _chat.Get<IOutboxStore>(),
        _chat.Get<OutboxSignal>(),
        [_teams],
        new DestinationCircuits(),
        _chat.Time,
        Options.Create(new DeliveryOptions { OutboxRetryWindow = window ?? TimeSpan.FromHours(24), OutboxBaseBackoff = TimeSpan.FromSeconds(2) }),
        NullLogger<OutboxDispatcher>.Instance,
        handoff: _chat.Get<OutboxHandoff>(),
        metrics: metrics);

    private IOutbox Outbox => _chat.Get<IOutbox>();

    private static ConversationRef Chat(string id) => TranscriptHarness.PersonalChat(TranscriptHarness.Person(id, id));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sends_A_Conversation_In_Order_And_Records_The_Message_Ids()
    {
        // Arrange
        Outbox.Enqueue(Chat("a"), [Reply.Say("one"), Reply.Say("two")], "turn-1");

        // Act
        await Dispatcher().SendDueAsync(Token);

        // Assert
        Assert.Equal(["one", "two"], _teams.Sent.Select(m => m.Reply.Text));
        var sent = _chat.Get<IOutboxStore>().InState(OutboxState.Sent);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, item => Assert.StartsWith("sent-", item.SentMessageId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_Counters_Say_Where_The_Sender_Took_Its_Replies_From()
    {
        // Arrange: a listener on the delivery meter; one reply already stored when the sender first looks.
        using var meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new DeliveryMetrics(meters.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var taken = new Dictionary<string, long>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DeliveryMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var source = tags.ToArray().Single(t => t.Key == "source").Value!.ToString()!;
            taken[source] = taken.GetValueOrDefault(source) + value;
        });
        listener.Start();
        var dispatcher = Dispatcher(metrics: metrics);
        Outbox.Enqueue(Chat("a"), [Reply.Say("one")], "turn-1");

        // Act: the first batch comes from the store (which turns the handoff on); replies committed after it come in memory.
        await dispatcher.SendDueAsync(Token);
        _chat.Get<IUnitOfWork>().InTransaction(() => Outbox.Enqueue(Chat("a"), [Reply.Say("two"), Reply.Say("three")], "turn-2"));
        await dispatcher.SendDueAsync(Token);

        // Assert
        Assert.Equal(1, taken["store"]);
        Assert.Equal(2, taken["memory"]);
        Assert.Equal(["one", "two", "three"], _teams.Sent.Select(m => m.Reply.Text));
    }

    [Fact]
    public void The_Same_Idempotency_Key_Is_Queued_Once()
    {
        // Act
        var first = Outbox.Enqueue(Chat("a"), [Reply.Say("one")], "turn-1");
        var again = Outbox.Enqueue(Chat("a"), [Reply.Say("one")], "turn-1");

        // Assert
        Assert.Equal(1, first.Queued);
        Assert.Equal(0, again.Queued);
    }

    [Fact]
    public async Task Honours_Retry_After_Before_Trying_Again()
    {
        // Arrange
        Outbox.Enqueue(Chat("a"), [Reply.Say("one")], "turn-1");
        _teams.Answer(_ => new SendOutcome.Retry("429", TimeSpan.FromSeconds(30)));
        var dispatcher = Dispatcher();
        await dispatcher.SendDueAsync(Token);

        // Act
        _chat.Time.Advance(TimeSpan.FromSeconds(29));
        var early = await dispatcher.SendDueAsync(Token);
        _chat.Time.Advance(TimeSpan.FromSeconds(1));
        var due = await dispatcher.SendDueAsync(Token);

        // Assert
        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(2, _teams.Sent.Count);
        Assert.Equal(2, Assert.Single(_chat.Get<IOutboxStore>().InState(OutboxState.Sent)).Attempts);
    }

    [Fact]
    public async Task A_Reply_Committed_Behind_A_Retry_Waits_For_It_Though_Nothing_Else_Is_Due()
    {
        // Arrange: "one" backs off for 30 s; the host restarts (circuits forgotten) and finds nothing due.
        Outbox.Enqueue(Chat("a"), [Reply.Say("one")], "turn-1");
        _teams.Answer(_ => new SendOutcome.Retry("429", TimeSpan.FromSeconds(30)));
        await Dispatcher().SendDueAsync(Token);
        var restarted = Dispatcher();
        await restarted.SendDueAsync(Token);

        // Act: a later reply of the same conversation is committed (handed over in memory, when the handoff is on).
        _chat.Get<IUnitOfWork>().InTransaction(() => Outbox.Enqueue(Chat("a"), [Reply.Say("two")], "turn-2"));
        var early = await restarted.SendDueAsync(Token);
        _chat.Time.Advance(TimeSpan.FromSeconds(31));
        while (await restarted.SendDueAsync(Token) > 0)
        {
        }

        // Assert: "two" waited behind "one".
        Assert.Equal(0, early);
        Assert.Equal(["one", "one", "two"], _teams.Sent.Select(m => m.Reply.Text));
    }

    [Fact]
    public async Task Dead_Letters_Once_The_Retry_Window_Has_Passed()
    {
        // Arrange
        Outbox.Enqueue(Chat("a"), [Reply.Say("one")], "turn-1");
        _teams.Answer(_ => new SendOutcome.Retry("502"), _ => new SendOutcome.Retry("502"), _ => new SendOutcome.Retry("504"));
        var dispatcher = Dispatcher(window: TimeSpan.FromMinutes(20));

        // Act
        for (var i = 0; i < 3; i++)
        {
            await dispatcher.SendDueAsync(Token);
            _chat.Time.Advance(TimeSpan.FromMinutes(11));
        }

        // Assert
        var dead = Assert.Single(_chat.Get<IOutboxStore>().InState(OutboxState.Dead));
        Assert.Equal(3, dead.Attempts);
        Assert.Equal("504", dead.LastError);
        Assert.Equal(0, await dispatcher.SendDueAsync(Token));
    }

    [Fact]
    public async Task A_Permanent_Failure_Is_Dead_At_Once_And_The_Rest_Are_Sent()
    {
        // Arrange
        Outbox.Enqueue(Chat("a"), [Reply.Say("a1"), Reply.Say("a2")], "turn-a");
        Outbox.Enqueue(Chat("b"), [Reply.Say("b1")], "turn-b");
        static SendOutcome Rule(OutboundMessage m) => m.Reply.Text == "b1" ? new SendOutcome.Failed("403 MessageWritesBlocked") : new SendOutcome.Sent("id");
        _teams.Answer(Rule, Rule, Rule);

        // Act
        await Dispatcher().SendDueAsync(Token);

        // Assert
        Assert.Equal(2, _chat.Get<IOutboxStore>().InState(OutboxState.Sent).Count);
        Assert.Equal("403 MessageWritesBlocked", Assert.Single(_chat.Get<IOutboxStore>().InState(OutboxState.Dead)).LastError);
    }

    [Fact]
    public void Replies_To_A_Person_Go_To_Their_Personal_Chat_Or_Are_Reported_Unreachable()
    {
        // Arrange
        _chat.Get<AimsBot.Core.Storage.IConversationStore>().Remember(_chat.NewTurn(TurnKind.Message, TranscriptHarness.CommitteeMember));

        // Act
        var result = Outbox.Enqueue(
            Chat("a"),
            [Reply.Say("known") with { RecipientUserKey = TranscriptHarness.CommitteeMember.Key }, Reply.Say("unknown") with { RecipientUserKey = "teams:tenant-1:nobody" }],
            "turn-1");

        // Assert
        Assert.Equal(1, result.Queued);
        Assert.Equal(["teams:tenant-1:nobody"], result.Unreachable);
        var item = Assert.Single(_chat.Get<IOutboxStore>().InState(OutboxState.Pending));
        Assert.Contains("a:committee-1", item.Conversation, StringComparison.Ordinal);
    }

    [Fact]
    public void Backoff_Grows_And_Is_Capped()
    {
        // Arrange
        var dispatcher = Dispatcher();

        // Act
        var first = dispatcher.Backoff(1, null);
        var third = dispatcher.Backoff(3, null);
        var huge = dispatcher.Backoff(40, null);
        var retryAfter = dispatcher.Backoff(1, TimeSpan.FromMinutes(3));

        // Assert: 2 s doubling, capped at the default 15 s (a destination that comes back is tried again within it).
        Assert.InRange(first, TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4));
        Assert.InRange(third, TimeSpan.FromSeconds(6.4), TimeSpan.FromSeconds(9.6));
        Assert.InRange(huge, TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(18));
        Assert.Equal(TimeSpan.FromMinutes(3), retryAfter);
    }
}
