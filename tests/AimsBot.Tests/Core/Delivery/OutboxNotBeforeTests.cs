using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>Reply.NotBefore holds a message until its time; Reply.Redact removes the stored secret once sent.</summary>
public sealed class OutboxNotBeforeTests : IDisposable
{
    private readonly TranscriptHarness _chat = new();
    private readonly RecordingSender _teams = new(Platform.Teams);

    public void Dispose() => _chat.Dispose();

    private OutboxDispatcher Dispatcher() => new(
        _chat.Get<IOutboxStore>(),
        _chat.Get<OutboxSignal>(),
        [_teams],
        new DestinationCircuits(),
        _chat.Time,
        Options.Create(new DeliveryOptions()),
        NullLogger<OutboxDispatcher>.Instance,
        handoff: _chat.Get<OutboxHandoff>());

    private static ConversationRef Chat(string id) => TranscriptHarness.PersonalChat(TranscriptHarness.Person(id, id));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Message_Is_Held_Until_Its_Not_Before_Time()
    {
        // Arrange
        var at = _chat.Time.GetUtcNow().AddHours(2);
        _chat.Get<IOutbox>().Enqueue(Chat("a"), [Reply.Say("reminder") with { NotBefore = at }], "turn-1");
        _chat.Get<IOutbox>().Enqueue(Chat("b"), [Reply.Say("now")], "turn-2");
        var dispatcher = Dispatcher();

        // Act
        var first = await dispatcher.SendDueAsync(Token);
        _chat.Time.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        var early = await dispatcher.SendDueAsync(Token);
        _chat.Time.Advance(TimeSpan.FromSeconds(1));
        var due = await dispatcher.SendDueAsync(Token);

        // Assert
        Assert.Equal(1, first);
        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(["now", "reminder"], _teams.Sent.Select(m => m.Reply.Text));
        var reminder = _chat.Get<IOutboxStore>().InState(OutboxState.Sent).Single(x => x.IdempotencyKey == "turn-1:0");
        Assert.Equal(at.UtcDateTime, reminder.NotBefore);
    }

    [Fact]
    public void The_Sender_Wakes_At_The_Not_Before_Time()
    {
        // Arrange
        var at = _chat.Time.GetUtcNow().AddMinutes(30);

        // Act
        _chat.Get<IOutbox>().Enqueue(Chat("a"), [Reply.Say("later") with { NotBefore = at }], "turn-1");

        // Assert
        Assert.Equal(at.UtcDateTime, _chat.Get<IOutboxStore>().NextDue());
    }

    [Fact]
    public void A_Not_Before_Time_In_The_Past_Sends_At_Once()
    {
        // Act
        _chat.Get<IOutbox>().Enqueue(Chat("a"), [Reply.Say("late") with { NotBefore = _chat.Time.GetUtcNow().AddDays(-1) }], "turn-1");

        // Assert
        Assert.Single(_chat.Get<IOutboxStore>().Due(_chat.Time.GetUtcNow().UtcDateTime, 10));
    }

    [Fact]
    public async Task A_Redacted_Message_Loses_Its_Text_And_Card_Once_Sent_And_Not_Before()
    {
        // Arrange
        var secret = Reply.ShowCard("export", new() { ["url"] = "https://bot.example.com/exports/secret-token" }, "Download: https://bot.example.com/exports/secret-token") with { Redact = true };
        _chat.Get<IOutbox>().Enqueue(Chat("a"), [secret], "turn-1");
        _teams.Answer(_ => new SendOutcome.Retry("503"));
        var dispatcher = Dispatcher();

        // Act
        await dispatcher.SendDueAsync(Token);
        var pending = Assert.Single(_chat.Get<IOutboxStore>().InState(OutboxState.Pending)).Reply;
        _chat.Time.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.SendDueAsync(Token);

        // Assert
        Assert.Contains("secret-token", pending, StringComparison.Ordinal);
        Assert.Contains("secret-token", _teams.Sent.Last().Reply.Text, StringComparison.Ordinal);
        var sent = Assert.Single(_chat.Get<IOutboxStore>().InState(OutboxState.Sent));
        Assert.DoesNotContain("secret-token", sent.Reply, StringComparison.Ordinal);
        Assert.Null(DeliveryJson.ReadReply(sent.Reply).Card);
    }

    [Fact]
    public async Task An_Ordinary_Message_Keeps_Its_Stored_Copy()
    {
        // Arrange
        _chat.Get<IOutbox>().Enqueue(Chat("a"), [Reply.Say("kept")], "turn-1");

        // Act
        await Dispatcher().SendDueAsync(Token);

        // Assert
        Assert.Equal("kept", DeliveryJson.ReadReply(Assert.Single(_chat.Get<IOutboxStore>().InState(OutboxState.Sent)).Reply).Text);
    }
}
