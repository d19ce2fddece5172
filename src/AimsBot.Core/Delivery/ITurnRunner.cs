using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>
/// The small synchronous path: runs one turn now (Teams invoke, Slack view submission) and returns
/// its replies to the edge, which answers some in the HTTP response. Replies the edge does not
/// answer inline must be handed back through <see cref="IOutbox"/>.
/// </summary>
public interface ITurnRunner
{
    /// <summary>Runs the turn through the engine (deduplicated on the turn id) and returns its replies.</summary>
    Task<TurnOutcome> RunNowAsync(IncomingTurn turn, CancellationToken cancellationToken);
}

/// <param name="Duplicate">True when this delivery id was processed before; no replies then.</param>
public sealed record TurnOutcome(IReadOnlyList<Reply> Replies, bool Duplicate);
