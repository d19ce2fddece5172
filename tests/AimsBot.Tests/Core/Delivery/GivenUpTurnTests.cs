using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>Issue 13, defect 5: a turn that keeps failing is not dropped in silence.</summary>
public sealed class GivenUpTurnTests
{
    /// <summary>Awaits real I/O inside a turn, which the handler refuses every time (outside the dialog's own error handling).</summary>
    private sealed class AwaitingDialog : IDialog
    {
        public string Name => "awaits";

        public IReadOnlyList<CommandInfo> Commands { get; } = [new("awaits", "awaits", "Awaits real I/O.")];

        public IReadOnlyList<Verb> Verbs { get; } = [];

        public async ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken) =>
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System, cancellationToken);
    }

    [Fact]
    public async Task A_Turn_Given_Up_Tells_The_Person_With_A_Reference_And_Is_Counted()
    {
        // Arrange
        using var chat = new TranscriptHarness(configure: services => services.AddSingleton<IDialog, AwaitingDialog>());
        var turn = chat.NewTurn(TurnKind.Message, TranscriptHarness.Requester) with { Text = "awaits" };
        await chat.Inbox.AcceptAsync(turn, TestContext.Current.CancellationToken);

        // Act
        TurnProcessors.For(chat).DrainOnce(TestContext.Current.CancellationToken);

        // Assert
        var record = chat.Get<IProcessedTurns>().Find(InboxWriter.DeliveryKey(turn));
        Assert.NotNull(record);
        Assert.NotNull(record.Error);
        var apology = DeliveryJson.ReadReply(Assert.Single(chat.Get<IOutboxStore>().InState(OutboxState.Pending)).Reply);
        Assert.StartsWith("Sorry, I could not handle your last message", apology.Text, StringComparison.Ordinal);
        Assert.NotNull(apology.Text);
        var reference = apology.Text[(apology.Text.IndexOf("reference ", StringComparison.Ordinal) + 10)..][..8];
        Assert.Contains("reference " + reference, record.Error, StringComparison.Ordinal);
        Assert.Equal(1, chat.Get<GivenUpTurns>().Count);
    }
}
