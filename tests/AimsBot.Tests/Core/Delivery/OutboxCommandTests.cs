using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Delivery;

/// <summary><c>outbox</c> and <c>outbox retry</c>: admins see the dead letters and send them again.</summary>
public sealed class OutboxCommandTests
{
    private static long DeadLetter(TranscriptHarness chat, string text)
    {
        chat.Get<IOutbox>().Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Requester), [Reply.Say(text)], "test:" + text);
        var store = chat.Get<IOutboxStore>();
        var item = store.InState(OutboxState.Pending).Single(x => x.IdempotencyKey.StartsWith("test:" + text, StringComparison.Ordinal));
        item.State = OutboxState.Dead;
        item.Attempts = 7;
        item.NextAttemptAt = null;
        item.LastError = "http_503 for the whole retry window";
        store.Save([item]);
        return item.Id;
    }

    [Fact]
    public async Task An_Admin_Sees_The_Dead_Letters_And_Queues_One_Again()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var first = DeadLetter(chat, "one");
        var second = DeadLetter(chat, "two");
        chat.Time.Advance(TimeSpan.FromDays(2));

        // Act
        var list = Assert.Single(await chat.SayAsync("outbox", TranscriptHarness.Admin));
        var retried = Assert.Single(await chat.SayAsync($"outbox retry {first}", TranscriptHarness.Admin));

        // Assert
        Assert.Contains($"**{first}**", list.Text, StringComparison.Ordinal);
        Assert.Contains($"**{second}**", list.Text, StringComparison.Ordinal);
        Assert.Contains("http\\_503", list.Text, StringComparison.Ordinal);
        Assert.Contains("again", retried.Text, StringComparison.Ordinal);
        var store = chat.Get<IOutboxStore>();
        var pending = Assert.Single(store.InState(OutboxState.Pending), x => x.Id == first);
        Assert.Equal((0, chat.Time.GetUtcNow().UtcDateTime), (pending.Attempts, pending.NextAttemptAt!.Value));
        Assert.Equal(second, Assert.Single(store.InState(OutboxState.Dead)).Id);
        Assert.Equal("outbox.retry", chat.Get<IAuditLog>().ForEntity($"outbox:{first}")[^1].Action);
    }

    [Fact]
    public async Task Retry_All_Queues_Every_Dead_Letter_And_An_Unknown_Id_Changes_Nothing()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        DeadLetter(chat, "one");
        DeadLetter(chat, "two");

        // Act
        var unknown = Assert.Single(await chat.SayAsync("outbox retry 999", TranscriptHarness.Admin));
        var deadAfterUnknown = chat.Get<IOutboxStore>().Count(OutboxState.Dead);
        var all = Assert.Single(await chat.SayAsync("outbox retry all", TranscriptHarness.Admin));

        // Assert
        Assert.Contains("no dead letter 999", unknown.Text, StringComparison.Ordinal);
        Assert.Equal(2, deadAfterUnknown);
        Assert.Contains("2 dead letters", all.Text, StringComparison.Ordinal);
        Assert.Equal(0, chat.Get<IOutboxStore>().Count(OutboxState.Dead));
    }

    [Fact]
    public async Task Someone_Else_Is_Refused_And_Nothing_Changes()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        DeadLetter(chat, "one");

        // Act
        var refused = Assert.Single(await chat.SayAsync("outbox retry all", TranscriptHarness.Requester));

        // Assert
        Assert.StartsWith(AccessPolicy.RefusalPrefix, refused.Text, StringComparison.Ordinal);
        Assert.Equal(1, chat.Get<IOutboxStore>().Count(OutboxState.Dead));
    }
}
