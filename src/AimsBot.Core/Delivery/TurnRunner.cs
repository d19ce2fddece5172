using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>The synchronous path: runs the turn now (once per delivery id) and returns every reply to the edge.</summary>
public sealed class TurnRunner(TurnHandler handler) : ITurnRunner
{
    public Task<TurnOutcome> RunNowAsync(IncomingTurn turn, CancellationToken cancellationToken) =>
        handler.HandleAsync(turn, static _ => true, cancellationToken);
}
