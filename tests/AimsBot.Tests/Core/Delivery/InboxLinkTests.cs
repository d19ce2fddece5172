using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>Defect 1 of issue 13: the inbox file and the main store recognise each other.</summary>
public sealed class InboxLinkTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-inbox-link-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string MainFile => Path.Combine(_folder.FullName, "aimsbot.db");

    private string InboxFile => Path.Combine(_folder.FullName, "aimsbot.inbox.db");

    private TranscriptHarness Open() => new(new() { ["Storage:Path"] = MainFile });

    private static IncomingTurn Turn(TranscriptHarness chat, string text) =>
        new(Guid.NewGuid().ToString("N"), TurnKind.Message, TranscriptHarness.PersonalChat(TranscriptHarness.Requester), TranscriptHarness.Requester, chat.Time.GetUtcNow()) { Text = text };

    private static async Task<List<IncomingTurn>> AcceptAsync(TranscriptHarness chat, int count)
    {
        var turns = Enumerable.Range(0, count).Select(_ => Turn(chat, "help")).ToList();
        foreach (var turn in turns)
        {
            await chat.Inbox.AcceptAsync(turn, TestContext.Current.CancellationToken);
        }

        return turns;
    }

    private static int Drain(TranscriptHarness chat)
    {
        var processor = TurnProcessors.For(chat);
        var total = 0;
        int taken;
        while ((taken = processor.DrainOnce(TestContext.Current.CancellationToken)) > 0)
        {
            total += taken;
        }

        return total;
    }

    private static int Replies(TranscriptHarness chat) => chat.Get<IOutboxStore>().InState(OutboxState.Pending).Count;

    private static QueueHealth Health(TranscriptHarness chat)
    {
        var result = HealthEndpoints.GetHealth(chat.Get<IInboxStore>(), chat.Get<InboxCursor>(), chat.Get<IOutboxStore>(), chat.Get<GivenUpTurns>(), chat.Get<InboxLinkStatus>(), Microsoft.Extensions.Options.Options.Create(new AimsBot.Core.Storage.StorageOptions()), NullLoggerFactory.Instance);
        return Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.Ok<QueueHealth>>(result.Result).Value!;
    }

    /// <summary>A LiteDB file is its data file and, until checkpointed, a <c>-log</c> file beside it: copies both (and no stale log).</summary>
    private static void CopyFile(string from, string to)
    {
        File.Copy(from, to, overwrite: true);
        var fromLog = LogOf(from);
        if (File.Exists(fromLog))
        {
            File.Copy(fromLog, LogOf(to), overwrite: true);
        }
        else
        {
            File.Delete(LogOf(to));
        }
    }

    private static void DeleteFile(string file)
    {
        File.Delete(file);
        File.Delete(LogOf(file));
    }

    private static string LogOf(string file) => Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + "-log" + Path.GetExtension(file));

    [Fact]
    public async Task A_Deleted_Inbox_File_Is_Recognised_And_New_Turns_Are_Answered()
    {
        // Arrange: two turns run; the host stops; the operator deletes the inbox file.
        using (var before = Open())
        {
            await AcceptAsync(before, 2);
            Drain(before);
        }

        DeleteFile(InboxFile);

        // Act
        using var after = Open();
        await AcceptAsync(after, 3);
        var ran = Drain(after);

        // Assert
        Assert.Equal(3, ran);
        Assert.Equal(5, Replies(after));
        Assert.Equal(InboxLinkState.InboxReplaced, after.Get<InboxLinkStatus>().State);
        var health = Health(after);
        Assert.Equal("warning", health.Status);
        Assert.Contains("inbox file is not the one", health.InboxNotice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Main_Store_Restored_From_A_Backup_Does_Not_Run_Turns_Again()
    {
        // Arrange: one turn runs, the main store is backed up, two more run, the backup is restored.
        var backup = Path.Combine(_folder.FullName, "backup.db");
        List<IncomingTurn> afterBackup;
        using (var first = Open())
        {
            await AcceptAsync(first, 1);
            Drain(first);
        }

        CopyFile(MainFile, backup);
        using (var second = Open())
        {
            afterBackup = await AcceptAsync(second, 2);
            Drain(second);
        }

        CopyFile(backup, MainFile);

        // Act
        using var restored = Open();
        var ranAgain = Drain(restored);
        await AcceptAsync(restored, 1);
        var ranNew = Drain(restored);

        // Assert: the two turns after the backup are not run again (recorded with a note); a new one runs.
        Assert.Equal((0, 1), (ranAgain, ranNew));
        Assert.Equal(2, Replies(restored));
        Assert.All(afterBackup, turn => Assert.Contains("restored from a backup", restored.Get<IProcessedTurns>().Find(InboxWriter.DeliveryKey(turn))!.Error, StringComparison.Ordinal));
        Assert.Equal(InboxLinkState.StoreBehind, restored.Get<InboxLinkStatus>().State);
        Assert.Equal("warning", Health(restored).Status);
    }

    [Fact]
    public async Task An_Inbox_Restored_From_A_Backup_Behind_The_Store_Still_Runs_New_Turns()
    {
        // Arrange: the inbox file is backed up after one turn, two more run, the old inbox comes back.
        var backup = Path.Combine(_folder.FullName, "inbox-backup.db");
        using (var first = Open())
        {
            await AcceptAsync(first, 1);
            Drain(first);
        }

        CopyFile(InboxFile, backup);
        using (var second = Open())
        {
            await AcceptAsync(second, 2);
            Drain(second);
        }

        CopyFile(backup, InboxFile);

        // Act
        using var restored = Open();
        await AcceptAsync(restored, 2);
        var ran = Drain(restored);

        // Assert
        Assert.Equal(2, ran);
        Assert.Equal(5, Replies(restored));
        Assert.Equal(InboxLinkState.InboxReplaced, restored.Get<InboxLinkStatus>().State);
    }

    [Fact]
    public async Task A_Plain_Restart_Matches_And_Health_Says_Ok()
    {
        // Arrange
        using (var before = Open())
        {
            await AcceptAsync(before, 2);
            Drain(before);
        }

        // Act
        using var after = Open();
        await AcceptAsync(after, 1);
        var ran = Drain(after);

        // Assert
        Assert.Equal(1, ran);
        Assert.Equal(InboxLinkState.Matched, after.Get<InboxLinkStatus>().State);
        Assert.Equal(new QueueHealth("ok", 0, 3, 0), Health(after));
    }
}
