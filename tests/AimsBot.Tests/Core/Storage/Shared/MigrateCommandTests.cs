using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using AimsBot.Storage;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Storage.Shared;

/// <summary><c>migrate --from &lt;litedb file&gt; --to &lt;connection string&gt;</c>: copies, checks the counts, and can run again.</summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-migrate-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_LiteDb_Installation_Moves_To_PostgreSql_Keeping_Numbers_And_Waiting_Turns_And_A_Second_Run_Copies_Nothing()
    {
        // Arrange: an installation with systems, audit, a queued reply and a turn still waiting.
        using var postgres = PostgresTestDatabase.CreateOrSkip();
        var file = Path.Combine(_folder.FullName, "aimsbot.db");
        var waiting = TranscriptHarness.PersonalChat(TranscriptHarness.Requester);
        using (var lite = new TranscriptHarness(new Dictionary<string, string?> { ["Storage:Provider"] = "LiteDb", ["Storage:Path"] = file }))
        {
            lite.Get<IAiSystemStore>().Add(new AiSystem { Name = "Contract Review Assistant" });
            lite.Get<IAiSystemStore>().Add(new AiSystem { Name = "HR screening" });
            lite.Get<IAuditLog>().Record(new Actor(TranscriptHarness.Admin, true, false), "register", "AI-0001", null, "x");
            lite.Get<IOutbox>().Enqueue(waiting, [Reply.Say("queued")], "turn-0");
            await lite.Get<IInboxWriter>().AcceptAsync(lite.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "help" }, TestContext.Current.CancellationToken);
        }

        string[] Args() => ["migrate", "--from", file, "--to", postgres.ConnectionString];
        var firstOutput = new StringWriter();
        var secondOutput = new StringWriter();

        // Act
        var first = MigrateCommand.Run(Args(), firstOutput, TextWriter.Null);
        var second = MigrateCommand.Run(Args(), secondOutput, TextWriter.Null);

        // Assert: both runs complete; the second copied nothing; the numbers go on; the waiting turn runs.
        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.Contains("Every record is in PostgreSQL", secondOutput.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"ai_systems\s+2\s+2\s+2", firstOutput.ToString());
        Assert.Matches(@"ai_systems\s+2\s+0\s+2", secondOutput.ToString());
        Assert.Matches(@"inbox \(waiting\)\s+1\s+0\s+1", secondOutput.ToString());
        using var shared = new TranscriptHarness(new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", ["ConnectionStrings:AimsBot"] = postgres.ConnectionString });
        Assert.Equal("AI-0003", shared.Get<IAiSystemStore>().Add(new AiSystem { Name = "Third" }).Id);
        Assert.Single(shared.Get<IAuditLog>().ForEntity("AI-0001"));
        Assert.Equal(1, SharedInstances.Processor(shared).DrainOnce(TestContext.Current.CancellationToken));
        Assert.True(shared.Get<IOutboxStore>().Count(OutboxState.Pending) > 1);
    }

    [Theory]
    [InlineData(new[] { "migrate" }, "usage:")]
    [InlineData(new[] { "migrate", "--from", "/nowhere/aimsbot.db", "--to", "Host=localhost" }, "No LiteDB file")]
    [InlineData(new[] { "migrate", "--from" }, "Unknown or incomplete argument")]
    public void Bad_Arguments_Are_Explained_And_Change_Nothing(string[] args, string expected)
    {
        // Arrange
        var error = new StringWriter();

        // Act
        var code = MigrateCommand.Run(args, TextWriter.Null, error);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }
}
