using AimsBot.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>The Slack host with a dialog that waits for the test's signal, to run past the submission budget.</summary>
public sealed class SlowDialogFixture : SlackFixture
{
    public SlowDialog Slow { get; } = new();

    protected override void Configure(SlackBotFactory factory) =>
        factory.ExtraServices = services => services.AddSingleton<IDialog>(Slow);

    /// <summary>Verb <c>slow/go</c>: says it started, blocks until <see cref="Release"/>, then answers.</summary>
    public sealed class SlowDialog : IDialog
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "slow";

        public IReadOnlyList<CommandInfo> Commands { get; } = [];

        public IReadOnlyList<Verb> Verbs { get; } = [new("slow/go")];

        /// <summary>Blocks like a long synchronous turn (dialogs run synchronously inside the turn's transaction).</summary>
        public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            Release.Task.Wait(cancellationToken);
            context.Say("Finished the slow work.");
            return ValueTask.CompletedTask;
        }
    }
}
