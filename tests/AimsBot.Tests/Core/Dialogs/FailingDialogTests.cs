using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Core.Dialogs;

public sealed class FailingDialogTests
{
    /// <summary>Writes a record, then fails: the write must not survive.</summary>
    private sealed class BrokenDialog(IAiSystemStore systems) : IDialog
    {
        public string Name => "broken";

        public IReadOnlyList<CommandInfo> Commands { get; } = [new("broken", "broken", "Fails on purpose.")];

        public IReadOnlyList<Verb> Verbs { get; } = [];

        public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
        {
            systems.Add(new AiSystem { Name = "Half-made" });
            throw new InvalidOperationException("boom");
        }
    }

    [Fact]
    public async Task A_Failing_Dialog_Changes_Nothing_And_Apologises_With_A_Reference()
    {
        // Arrange
        using var chat = new TranscriptHarness(configure: services => services.AddSingleton<IDialog, BrokenDialog>());
        Assert.Empty(chat.Get<IAiSystemStore>().FindSimilar("Half-made"));

        // Act
        var reply = Assert.Single(await chat.SayAsync("broken"));

        // Assert
        Assert.StartsWith("Sorry, something went wrong on my side", reply.Text, StringComparison.Ordinal);
        Assert.Contains("reference", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("boom", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, chat.Get<IAiSystemStore>().Count());
        Assert.Null(chat.Get<IAiSystemStore>().Get("AI-0001"));
        Assert.Empty(chat.Get<IAiSystemStore>().FindSimilar("Half-made"));
    }
}
