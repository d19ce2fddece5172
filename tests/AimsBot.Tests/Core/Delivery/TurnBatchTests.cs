using System.Collections.Concurrent;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>
/// Issue 13, turns at five times the rate: many turns per main-store transaction, each still
/// all-or-nothing. LiteDB has no savepoints, so a failing turn rolls its batch back; the turns before
/// it commit again without it, it is handled alone, and the batch goes on after it.
/// </summary>
public sealed class TurnBatchTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-turn-batches-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>How many more attempts at a turn fail, by its argument (then it succeeds).</summary>
    private sealed class Failures
    {
        public ConcurrentDictionary<string, int> Remaining { get; } = new(StringComparer.Ordinal);

        public bool Fail(string argument) =>
            Remaining.TryGetValue(argument, out var left) && left > 0 && Remaining.TryUpdate(argument, left - 1, left);
    }

    /// <summary>
    /// Writes an audit entry first (a write the turn's rollback must undo), then: <c>zbnote</c> answers;
    /// <c>zbflaky</c> fails outside the dialog's error handling (it awaits a task that never completes,
    /// which the handler refuses) while its failures last; <c>zbcrash</c> throws (a dialog failure).
    /// </summary>
    private sealed class NoteDialog(IAuditLog audit, Failures failures) : IDialog
    {
        public string Name => "batch-notes";

        public IReadOnlyList<CommandInfo> Commands { get; } =
            [new("zbnote", "zbnote x", "Notes x."), new("zbflaky", "zbflaky x", "Fails a while."), new("zbcrash", "zbcrash x", "Throws.")];

        public IReadOnlyList<Verb> Verbs { get; } = [];

        public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
        {
            audit.Record(context.Actor, "note", "note:" + context.Arguments, null, null);
            if (context.Command == "zbcrash")
            {
                throw new InvalidOperationException("a dialog bug");
            }

            if (context.Command == "zbflaky" && failures.Fail(context.Arguments))
            {
                return new ValueTask(new TaskCompletionSource().Task);
            }

            context.Say("noted " + context.Arguments);
            return ValueTask.CompletedTask;
        }
    }

    private TranscriptHarness Open(Failures failures) => new(
        new() { ["Storage:Path"] = Path.Combine(_folder.FullName, "aimsbot.db") },
        services => services.AddSingleton(failures).AddSingleton<IDialog, NoteDialog>());

    private static async Task<List<IncomingTurn>> AcceptAsync(TranscriptHarness chat, params (UserRef User, string Text)[] turns)
    {
        var accepted = new List<IncomingTurn>();
        foreach (var (user, text) in turns)
        {
            var turn = chat.NewTurn(TurnKind.Message, user) with { Text = text };
            await chat.Inbox.AcceptAsync(turn, TestContext.Current.CancellationToken);
            accepted.Add(turn);
        }

        return accepted;
    }

    /// <summary>The texts queued for <paramref name="user"/>'s chat, in queue order.</summary>
    private static List<string?> Queued(TranscriptHarness chat, UserRef user) =>
    [
        .. chat.Get<IOutboxStore>().InState(OutboxState.Pending)
            .Where(x => DeliveryJson.ReadConversation(x.Conversation).Key == TranscriptHarness.PersonalChat(user).Key)
            .OrderBy(x => x.Id)
            .Select(x => DeliveryJson.ReadReply(x.Reply).Text),
    ];

    private static int Notes(TranscriptHarness chat, string argument) => chat.Get<IAuditLog>().ForEntity("note:" + argument).Count;

    [Fact]
    public async Task A_Turn_That_Fails_Once_In_A_Batch_Is_Rolled_Back_Alone_And_Retried_While_The_Others_Commit_In_Order()
    {
        // Arrange
        var failures = new Failures();
        failures.Remaining["b"] = 1;
        using var chat = Open(failures);
        var other = TranscriptHarness.CommitteeMember;
        var turns = await AcceptAsync(chat, (TranscriptHarness.Requester, "zbnote a1"), (other, "zbnote d1"), (TranscriptHarness.Requester, "zbflaky b"), (TranscriptHarness.Requester, "zbnote a2"), (other, "zbnote d2"));
        var rollbacksBefore = chat.Get<AimsDatabase>().Rollbacks;

        // Act
        var taken = TurnProcessors.For(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert: every turn's writes are there once; the failing one's first attempt left nothing.
        Assert.Equal(5, taken);
        Assert.All(new[] { "a1", "d1", "b", "a2", "d2" }, x => Assert.Equal(1, Notes(chat, x)));
        Assert.Equal(["noted a1", "noted b", "noted a2"], Queued(chat, TranscriptHarness.Requester));
        Assert.Equal(["noted d1", "noted d2"], Queued(chat, other));
        Assert.All(turns, t => Assert.Null(chat.Get<IProcessedTurns>().Find(InboxWriter.DeliveryKey(t))!.Error));
        Assert.Equal(0, chat.Get<GivenUpTurns>().Count);
        Assert.True(chat.Get<AimsDatabase>().Rollbacks > rollbacksBefore);
        Assert.Equal(chat.Get<InboxCursor>().Position, chat.Get<InboxDatabase>().ReadAll().Max(x => x.Id));
    }

    [Fact]
    public async Task A_Turn_That_Keeps_Failing_In_A_Batch_Is_Given_Up_Alone_With_Its_Writes_Undone_And_The_Turns_After_It_Still_Run()
    {
        // Arrange
        var failures = new Failures();
        failures.Remaining["x"] = int.MaxValue;
        using var chat = Open(failures);
        var turns = await AcceptAsync(chat, (TranscriptHarness.Requester, "zbnote 1"), (TranscriptHarness.Requester, "zbflaky x"), (TranscriptHarness.Requester, "zbnote 2"));

        // Act
        TurnProcessors.For(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(0, Notes(chat, "x"));
        Assert.Equal(1, Notes(chat, "1"));
        Assert.Equal(1, Notes(chat, "2"));
        var queued = Queued(chat, TranscriptHarness.Requester);
        Assert.Equal(3, queued.Count);
        Assert.Equal("noted 1", queued[0]);
        Assert.StartsWith("Sorry, I could not handle your last message", queued[1], StringComparison.Ordinal);
        Assert.Equal("noted 2", queued[2]);
        Assert.NotNull(chat.Get<IProcessedTurns>().Find(InboxWriter.DeliveryKey(turns[1]))!.Error);
        Assert.Equal(1, chat.Get<GivenUpTurns>().Count);
    }

    [Fact]
    public async Task A_Dialog_Failure_In_A_Batch_Is_Answered_With_Its_Writes_Undone_And_The_Others_Commit()
    {
        // Arrange
        using var chat = Open(new Failures());
        await AcceptAsync(chat, (TranscriptHarness.Requester, "zbnote 1"), (TranscriptHarness.Requester, "zbcrash 2"), (TranscriptHarness.Requester, "zbnote 3"));

        // Act
        TurnProcessors.For(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(0, Notes(chat, "2"));
        Assert.Equal(1, Notes(chat, "1"));
        Assert.Equal(1, Notes(chat, "3"));
        var queued = Queued(chat, TranscriptHarness.Requester);
        Assert.Equal(3, queued.Count);
        Assert.Equal("noted 1", queued[0]);
        Assert.StartsWith("Sorry, something went wrong on my side", queued[1], StringComparison.Ordinal);
        Assert.Equal("noted 3", queued[2]);
        Assert.Equal(0, chat.Get<GivenUpTurns>().Count);
    }

    [Fact]
    public async Task A_Batch_Recognises_A_Turn_Run_Before_And_Runs_The_Rest()
    {
        // Arrange: the first turn already ran on the synchronous path.
        using var chat = Open(new Failures());
        var turns = await AcceptAsync(chat, (TranscriptHarness.Requester, "zbnote 1"), (TranscriptHarness.Requester, "zbnote 2"));
        await chat.Get<TurnHandler>().HandleAsync(turns[0], keepInline: null, TestContext.Current.CancellationToken);

        // Act
        TurnProcessors.For(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, Notes(chat, "1"));
        Assert.Equal(["noted 1", "noted 2"], Queued(chat, TranscriptHarness.Requester));
    }
}
