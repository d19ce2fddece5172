using AimsBot.Core.Storage.LiteDb;
using AimsBot.Storage;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Storage.Backup;

/// <summary>Issue 13: a damaged LiteDB file at start stops the host with a message naming the file and the way to recover.</summary>
public sealed class DamagedStoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-damaged-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string MainFile => Path.Combine(_folder.FullName, "aimsbot.db");

    private string InboxFile => Path.Combine(_folder.FullName, "aimsbot.inbox.db");

    private TranscriptHarness Open() => new(new() { ["Storage:Path"] = MainFile });

    public static TheoryData<string> Damages => ["header", "truncated", "foreign"];

    /// <summary>A store with a few systems and turns, closed and then damaged the way <paramref name="damage"/> says.</summary>
    private async Task MakeThenDamageAsync(string file, string damage)
    {
        using (var chat = Open())
        {
            Assert.Null(StoreStartup.Problem(chat.Services));
            await chat.SayAsync("help");
            await chat.Inbox.AcceptAsync(chat.NewTurn(AimsBot.Core.Conversations.TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);
        }

        switch (damage)
        {
            case "header":
                using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
                {
                    stream.Write(Enumerable.Range(0, 200).Select(i => (byte)(i * 7)).ToArray());
                }

                break;
            case "truncated":
                using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
                {
                    stream.SetLength(8192 + 100);
                }

                break;
            default:
                File.WriteAllText(file, "not a database at all");
                break;
        }

        File.Delete(LiteDbFile.LogOf(file));
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_Damaged_Main_Store_Stops_The_Host_Naming_The_File_And_The_Way_To_Recover(string damage)
    {
        // Arrange
        await MakeThenDamageAsync(MainFile, damage);
        var bytes = File.ReadAllBytes(MainFile);

        // Act
        using var chat = Open();
        var problem = StoreStartup.Problem(chat.Services);

        // Assert: the file, the fault and the way out; the damaged file is left as it was.
        Assert.NotNull(problem);
        Assert.Contains($"the main store {MainFile} is damaged", problem, StringComparison.Ordinal);
        Assert.Contains("copy aimsbot.db from your newest backup folder", problem, StringComparison.Ordinal);
        Assert.Contains("Backup and restore", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(MainFile));
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_Damaged_Inbox_Stops_The_Host_And_Says_A_New_Inbox_Loses_Its_Waiting_Turns(string damage)
    {
        // Arrange
        await MakeThenDamageAsync(InboxFile, damage);

        // Act
        using var chat = Open();
        var problem = StoreStartup.Problem(chat.Services);

        // Assert
        Assert.NotNull(problem);
        Assert.Contains($"the inbox file {InboxFile} is damaged", problem, StringComparison.Ordinal);
        Assert.Contains("A new, empty inbox is made", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_The_Damaged_Inbox_Is_Moved_Away_The_Host_Starts_And_Runs_New_Turns()
    {
        // Arrange
        await MakeThenDamageAsync(InboxFile, "header");
        File.Move(InboxFile, InboxFile + ".damaged");

        // Act
        using var chat = Open();
        var problem = StoreStartup.Problem(chat.Services);
        await chat.Inbox.AcceptAsync(chat.NewTurn(AimsBot.Core.Conversations.TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);
        var ran = AimsBot.Tests.Core.Delivery.TurnProcessors.For(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        Assert.Null(problem);
        Assert.Equal(1, ran);
    }

    [Fact]
    public void A_Second_Host_On_The_Same_Files_Is_Refused()
    {
        // Arrange
        using var first = Open();
        Assert.Null(StoreStartup.Problem(first.Services));

        // Act
        using var second = Open();
        var problem = StoreStartup.Problem(second.Services);

        // Assert
        Assert.NotNull(problem);
        Assert.Contains($"another AimsBot process is using {MainFile}", problem, StringComparison.Ordinal);
    }
}
