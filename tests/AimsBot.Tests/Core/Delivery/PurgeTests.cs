using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>Issue 13, defect 6: sent messages, consumed card ids and processed turns are purged after their retention.</summary>
public sealed class PurgeTests
{
    [Fact]
    public async Task Sent_Messages_Consumed_Cards_And_Processed_Turns_Are_Purged_After_Their_Retention_And_Pending_Ones_Kept()
    {
        // Arrange: a sent message, a held (pending) one, a consumed card and a processed turn, all old.
        using var chat = new TranscriptHarness();
        var outbox = chat.Get<IOutbox>();
        var chatRef = TranscriptHarness.PersonalChat(TranscriptHarness.Requester);
        outbox.Enqueue(chatRef, [Reply.Say("sent")], "turn-1");
        outbox.Enqueue(chatRef, [Reply.Say("held") with { NotBefore = chat.Time.GetUtcNow().AddDays(100) }], "turn-2");
        var dispatcher = new OutboxDispatcher(chat.Get<IOutboxStore>(), chat.Get<OutboxSignal>(), [new RecordingSender(Platform.Teams)], new DestinationCircuits(), chat.Time, Options.Create(new DeliveryOptions()), NullLogger<OutboxDispatcher>.Instance);
        await dispatcher.SendDueAsync(TestContext.Current.CancellationToken);
        chat.Get<ICardActionLog>().TryConsume("card-1", "teams:tenant-1:user-1");
        await chat.SayAsync("help");
        var processor = TurnProcessors.For(chat);

        // Act
        chat.Time.Advance(TimeSpan.FromDays(6));
        processor.PurgeExpired();
        var keptBefore = (chat.Get<IOutboxStore>().Count(OutboxState.Sent), chat.Get<ICardActionLog>().IsConsumed("card-1"), chat.Get<IProcessedTurns>().Find("teams:activity-1") is not null);
        chat.Time.Advance(TimeSpan.FromDays(91));
        processor.PurgeExpired();

        // Assert
        Assert.Equal((1, true, true), keptBefore);
        Assert.Equal(0, chat.Get<IOutboxStore>().Count(OutboxState.Sent));
        Assert.Equal(1, chat.Get<IOutboxStore>().Count(OutboxState.Pending));
        Assert.False(chat.Get<ICardActionLog>().IsConsumed("card-1"));
        Assert.Null(chat.Get<IProcessedTurns>().Find("teams:activity-1"));
    }
}
