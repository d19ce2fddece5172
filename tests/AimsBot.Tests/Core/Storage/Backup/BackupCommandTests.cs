using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage;
using AimsBot.Storage;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace AimsBot.Tests.Core.Storage.Backup;

/// <summary>The admin command <c>backup</c> and <c>dotnet AimsBot.dll backup &lt;folder&gt;</c>, against a running host or none.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-backup-command-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string MainFile => Path.Combine(_folder.FullName, "aimsbot.db");

    private TranscriptHarness Open(string? backupPath = null) => new(new()
    {
        ["Storage:Path"] = MainFile,
        ["Storage:BackupPath"] = backupPath ?? Path.Combine(_folder.FullName, "backups"),
    });

    private static BackupService Service(TranscriptHarness chat) => new(
        chat.Get<BackupRequests>(),
        chat.Get<IStoreBackup>(),
        chat.Get<AimsBot.Core.Storage.IUnitOfWork>(),
        chat.Get<IAuditLog>(),
        chat.Get<IOutbox>(),
        chat.Time,
        chat.Services,
        NullLogger<BackupService>.Instance);

    [Fact]
    public async Task An_Admin_Backs_Up_From_Chat_And_Is_Told_Where_The_Copy_Is()
    {
        // Arrange
        using var chat = Open();
        Assert.Null(StoreStartup.Problem(chat.Services));
        chat.Get<IAiSystemStore>().Add(new AiSystem { Name = "Kept in the backup" });

        // Act
        var queued = Assert.Single(await chat.SayAsync("backup", TranscriptHarness.Admin));
        Assert.True(chat.Get<BackupRequests>().Reader.TryRead(out var request));
        Service(chat).Run(request);

        // Assert: a time-stamped folder with both files; the answer in the outbox; the audit entry.
        Assert.Contains("Backing up", queued.Text, StringComparison.Ordinal);
        var folder = Path.Combine(_folder.FullName, "backups", "aimsbot-20261102-090000");
        Assert.True(File.Exists(Path.Combine(folder, "aimsbot.db")));
        Assert.True(File.Exists(Path.Combine(folder, "aimsbot.inbox.db")));
        var answer = Assert.Single(chat.Get<IOutboxStore>().InState(OutboxState.Pending), x => x.IdempotencyKey.StartsWith("backup:", StringComparison.Ordinal));
        Assert.Contains(folder, answer.Reply, StringComparison.Ordinal);
        Assert.Equal("store.backup", chat.Get<IAuditLog>().ForEntity("store")[^1].Action);
        using var copy = new AimsBot.Core.Storage.LiteDb.AimsDatabase(Path.Combine(folder, "aimsbot.db"), []);
        Assert.Equal(1, copy.Database.GetCollection("ai_systems").Count());
    }

    [Fact]
    public async Task Someone_Else_Is_Refused_And_Nothing_Is_Queued()
    {
        // Arrange
        using var chat = Open();

        // Act
        var reply = Assert.Single(await chat.SayAsync("backup", TranscriptHarness.Requester));

        // Assert
        Assert.StartsWith("Only ", reply.Text, StringComparison.Ordinal);
        Assert.False(chat.Get<BackupRequests>().Reader.TryRead(out _));
    }

    [Fact]
    public async Task The_Command_Line_Asks_The_Running_Host_Which_Makes_The_Copy()
    {
        // Arrange: a host owns the files.
        using var chat = Open();
        Assert.Null(StoreStartup.Problem(chat.Services));
        var service = Service(chat);
        var target = Path.Combine(_folder.FullName, "cli-backup");
        var output = new StringWriter();

        // Act: the command waits for the host; the host answers its request file.
        var command = Task.Run(() => BackupCommand.Run(["backup", target, "--Storage:Path=" + MainFile, "--wait", "60"], output, TextWriter.Null), TestContext.Current.CancellationToken);
        var answered = 0;
        while (answered == 0 && !command.IsCompleted)
        {
            answered = service.AnswerDrops();
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        var code = await command;

        // Assert
        Assert.Equal((0, 1), (code, answered));
        Assert.Contains("A bot is running", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(target, "aimsbot.db")));
        Assert.True(File.Exists(Path.Combine(target, "aimsbot.inbox.db")));
    }

    [Fact]
    public void The_Command_Line_Copies_The_Files_Itself_When_No_Host_Runs_And_Refuses_A_Used_Folder()
    {
        // Arrange: a store made and closed.
        using (var chat = Open())
        {
            chat.Get<IAiSystemStore>().Add(new AiSystem { Name = "Stopped bot" });
        }

        var target = Path.Combine(_folder.FullName, "cold-backup");
        var output = new StringWriter();
        var error = new StringWriter();

        // Act
        var first = BackupCommand.Run(["backup", target, "--Storage:Path=" + MainFile], output, TextWriter.Null);
        var second = BackupCommand.Run(["backup", target, "--Storage:Path=" + MainFile], TextWriter.Null, error);

        // Assert
        Assert.Equal((0, 1), (first, second));
        Assert.Contains("no bot was running", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("is not empty", error.ToString(), StringComparison.Ordinal);
        using var copy = new AimsBot.Core.Storage.LiteDb.AimsDatabase(Path.Combine(target, "aimsbot.db"), []);
        Assert.Equal(1, copy.Database.GetCollection("ai_systems").Count());
    }

    [Theory]
    [InlineData(new[] { "backup" }, "usage:")]
    [InlineData(new[] { "backup", "--wait", "3" }, "usage:")]
    [InlineData(new[] { "backup", "/tmp/x", "--wait", "never" }, "--wait takes")]
    public void Bad_Arguments_Are_Explained(string[] args, string expected)
    {
        // Arrange
        var error = new StringWriter();

        // Act
        var code = BackupCommand.Run(args, TextWriter.Null, error);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }
}
