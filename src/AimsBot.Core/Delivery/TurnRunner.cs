using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>The synchronous path: runs the turn now (once per delivery id), queues what the edge does not answer inline in the same transaction, and returns the rest.</summary>
public sealed class TurnRunner(TurnHandler handler) : ITurnRunner
{
    public Task<TurnOutcome> RunNowAsync(IncomingTurn turn, Func<IReadOnlyList<Reply>, InlineSplit> split, CancellationToken cancellationToken) =>
        handler.HandleAsync(turn, split, cancellationToken);
}
