using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Delivery;

public sealed class InboxTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-inbox-");

    public void Dispose() => _folder.Delete(recursive: true);

    private TranscriptHarness Open() => new(new() { ["Storage:Path"] = Path.Combine(_folder.FullName, "aimsbot.db") });

    private static TurnProcessor Processor(TranscriptHarness chat) => new(
        chat.Get<InboxStore>(),
        chat.Get<InboxWriter>(),
        chat.Get<InboxSignal>(),
        chat.Get<TurnHandler>(),
        chat.Time,
        Options.Create(new DeliveryOptions()),
        NullLogger<TurnProcessor>.Instance);

    [Fact]
    public async Task Concurrent_Turns_Are_Committed_Together_And_Duplicates_Recognised()
    {
        // Arrange
        using var chat = Open();
        var turns = Enumerable.Range(0, 300).Select(i => chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }).ToList();

        // Act
        var accepted = await Task.WhenAll(turns.Select(t => chat.Inbox.AcceptAsync(t, TestContext.Current.CancellationToken).AsTask()));
        var again = await Task.WhenAll(turns.Take(10).Select(t => chat.Inbox.AcceptAsync(t, TestContext.Current.CancellationToken).AsTask()));

        // Assert
        Assert.All(accepted, a => Assert.Equal(InboxAcceptance.Accepted, a));
        Assert.All(again, a => Assert.Equal(InboxAcceptance.Duplicate, a));
        Assert.Equal(300, chat.Get<InboxStore>().CountPending());
    }

    [Fact]
    public async Task Turns_Accepted_Before_A_Restart_Are_Processed_After_It()
    {
        // Arrange
        using (var before = Open())
        {
            await before.Inbox.AcceptAsync(before.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);
            await before.Inbox.AcceptAsync(before.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "systems" }, TestContext.Current.CancellationToken);
        }

        // Act
        using var after = Open();
        var processed = await Processor(after).DrainOnceAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(2, processed);
        Assert.Equal(0, after.Get<InboxStore>().CountPending());
        var queued = after.Get<OutboxStore>().InState(OutboxState.Pending);
        Assert.Equal(2, queued.Count);
        Assert.Contains("\"templateId\":\"help\"", queued[0].Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Synchronous_Path_Runs_A_Turn_Once()
    {
        // Arrange
        using var chat = Open();
        var turn = chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" };
        var runner = chat.Get<ITurnRunner>();

        // Act
        var first = await runner.RunNowAsync(turn, TestContext.Current.CancellationToken);
        var second = await runner.RunNowAsync(turn, TestContext.Current.CancellationToken);
        var viaInbox = await chat.Inbox.AcceptAsync(turn, TestContext.Current.CancellationToken);

        // Assert
        Assert.False(first.Duplicate);
        Assert.Equal("help", Assert.Single(first.Replies).Card!.TemplateId);
        Assert.True(second.Duplicate);
        Assert.Equal(InboxAcceptance.Duplicate, viaInbox);
    }
}
