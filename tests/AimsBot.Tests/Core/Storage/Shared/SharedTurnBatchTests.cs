using System.Collections.Concurrent;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Core.Storage.Shared;

/// <summary>
/// Issue 15, the shared inbox in batches: several conversations' heads run in one transaction, each
/// turn in a savepoint, so a failing turn is undone and retried (or given up on) alone and the others
/// commit once with the batch.
/// </summary>
public sealed class SharedTurnBatchTests
{
    /// <summary>How many more attempts at a turn fail, by its argument (then it succeeds).</summary>
    private sealed class Failures
    {
        public ConcurrentDictionary<string, int> Remaining { get; } = new(StringComparer.Ordinal);

        public bool Fail(string argument) =>
            Remaining.TryGetValue(argument, out var left) && left > 0 && Remaining.TryUpdate(argument, left - 1, left);
    }

    /// <summary>
    /// Writes an audit entry first (a write the turn's rollback must undo), then: <c>zpnote</c> answers;
    /// <c>zpflaky</c> fails outside the dialog's error handling (it awaits a task that never completes)
    /// while its failures last; <c>zpcrash</c> throws (a dialog failure).
    /// </summary>
    private sealed class NoteDialog(IAuditLog audit, Failures failures) : IDialog
    {
        public string Name => "pg-batch-notes";

        public IReadOnlyList<CommandInfo> Commands { get; } =
            [new("zpnote", "zpnote x", "Notes x."), new("zpflaky", "zpflaky x", "Fails a while."), new("zpcrash", "zpcrash x", "Throws.")];

        public IReadOnlyList<Verb> Verbs { get; } = [];

        public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
        {
            audit.Record(context.Actor, "note", "note:" + context.Arguments, null, null);
            if (context.Command == "zpcrash")
            {
                throw new InvalidOperationException("a dialog bug");
            }

            if (context.Command == "zpflaky" && failures.Fail(context.Arguments))
            {
                return new ValueTask(new TaskCompletionSource().Task);
            }

            context.Say("noted " + context.Arguments);
            return ValueTask.CompletedTask;
        }
    }

    private static TranscriptHarness Open(PostgresTestDatabase database, Failures failures) => new(
        new() { ["Storage:Provider"] = "PostgreSql", ["ConnectionStrings:AimsBot"] = database.ConnectionString },
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

    private static List<string?> Queued(TranscriptHarness chat, UserRef user) =>
    [
        .. chat.Get<IOutboxStore>().InState(OutboxState.Pending)
            .Where(x => DeliveryJson.ReadConversation(x.Conversation).Key == TranscriptHarness.PersonalChat(user).Key)
            .OrderBy(x => x.Id)
            .Select(x => DeliveryJson.ReadReply(x.Reply).Text),
    ];

    private static int Notes(TranscriptHarness chat, string argument) => chat.Get<IAuditLog>().ForEntity("note:" + argument).Count;

    [Fact]
    public async Task A_Turn_That_Fails_Once_In_A_Batch_Is_Undone_Alone_And_Retried_While_The_Others_Commit_Once()
    {
        // Arrange: three people, so the batch holds three conversation heads; the requester's second turn waits for the next batch.
        using var database = PostgresTestDatabase.CreateOrSkip();
        var failures = new Failures();
        failures.Remaining["b"] = 1;
        using var chat = Open(database, failures);
        var turns = await AcceptAsync(chat, (TranscriptHarness.Requester, "zpflaky b"), (TranscriptHarness.CommitteeMember, "zpnote d1"), (TranscriptHarness.Admin, "zpnote e1"), (TranscriptHarness.Requester, "zpnote a2"));
        var inbox = chat.Get<ICompetingInbox>();
        var runner = chat.Get<InboxTurnRunner>();

        // Act
        var first = inbox.RunBatch(10, item => runner.RunAlone(item, TestContext.Current.CancellationToken));
        var second = inbox.RunBatch(10, item => runner.RunAlone(item, TestContext.Current.CancellationToken));
        var third = inbox.RunBatch(10, item => runner.RunAlone(item, TestContext.Current.CancellationToken));

        // Assert: the failing turn's first attempt left nothing; every turn ran once, in its conversation's order.
        Assert.Equal((3, 1, 0), (first, second, third));
        Assert.All(new[] { "b", "d1", "e1", "a2" }, x => Assert.Equal(1, Notes(chat, x)));
        Assert.Equal(["noted b", "noted a2"], Queued(chat, TranscriptHarness.Requester));
        Assert.Equal(["noted d1"], Queued(chat, TranscriptHarness.CommitteeMember));
        Assert.All(turns, t => Assert.Null(chat.Get<IProcessedTurns>().Find(InboxWriter.DeliveryKey(t))!.Error));
        Assert.Equal(0, chat.Get<GivenUpTurns>().Count);
    }

    [Fact]
    public async Task A_Turn_That_Keeps_Failing_Is_Given_Up_Alone_With_An_Apology_And_The_Others_In_Its_Batch_Commit()
    {
        // Arrange
        using var database = PostgresTestDatabase.CreateOrSkip();
        var failures = new Failures();
        failures.Remaining["x"] = int.MaxValue;
        using var chat = Open(database, failures);
        var turns = await AcceptAsync(chat, (TranscriptHarness.CommitteeMember, "zpnote 1"), (TranscriptHarness.Requester, "zpflaky x"), (TranscriptHarness.Admin, "zpcrash 3"), (TranscriptHarness.Requester, "zpnote 4"));

        // Act
        var taken = SharedInstances.Processor(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert: the given-up turn and the dialog failure left no writes; the person hears back in order.
        Assert.Equal(4, taken);
        Assert.Equal((1, 0, 0, 1), (Notes(chat, "1"), Notes(chat, "x"), Notes(chat, "3"), Notes(chat, "4")));
        var requester = Queued(chat, TranscriptHarness.Requester);
        Assert.Equal(2, requester.Count);
        Assert.StartsWith("Sorry, I could not handle your last message", requester[0], StringComparison.Ordinal);
        Assert.Equal("noted 4", requester[1]);
        Assert.StartsWith("Sorry, something went wrong on my side", Assert.Single(Queued(chat, TranscriptHarness.Admin)), StringComparison.Ordinal);
        Assert.Equal(["noted 1"], Queued(chat, TranscriptHarness.CommitteeMember));
        Assert.NotNull(chat.Get<IProcessedTurns>().Find(InboxWriter.DeliveryKey(turns[1]))!.Error);
        Assert.Equal(1, chat.Get<GivenUpTurns>().Count);
        Assert.Equal(0, chat.Get<IInboxStore>().CountAfter(0));
    }

    [Fact]
    public async Task Batches_On_Two_Instances_Run_Every_Turn_Once_In_Order_And_Never_Two_Of_A_Conversation_At_Once()
    {
        // Arrange: 300 turns in 12 conversations, accepted half by each instance.
        using var shared = SharedInstances.CreateOrSkip();
        var items = Enumerable.Range(0, 300).Select(i => SharedInstances.Turn("c" + (i % 12), i)).ToList();
        shared.First.Get<IInboxStore>().Append(items.Take(150).ToList(), DateTime.UtcNow);
        shared.Second.Get<IInboxStore>().Append(items.Skip(150).ToList(), DateTime.UtcNow);
        var inboxes = new[] { shared.First.Get<ICompetingInbox>(), shared.Second.Get<ICompetingInbox>() };
        var log = new ConcurrentTurnLog();

        // Act: four workers, batches of up to 5 conversation heads.
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            while (inboxes[w % 2].RunBatch(5, item => log.Run(item)) > 0)
            {
            }
        }, TestContext.Current.CancellationToken)).ToArray();
        await Task.WhenAll(workers);

        // Assert
        Assert.Equal(0, log.Overlaps);
        Assert.Equal(300, log.Ran.Count);
        Assert.Equal(300, log.Ran.Distinct(StringComparer.Ordinal).Count());
        Assert.All(log.Order.Values, ids => Assert.Equal(ids.Order(), ids));
        Assert.Equal(0, shared.First.Get<IInboxStore>().CountAfter(0));
    }
}
