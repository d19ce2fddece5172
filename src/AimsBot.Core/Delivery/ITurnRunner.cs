using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>
/// The small synchronous path: runs one turn now (Teams invoke, Slack view submission) and returns
/// the replies the edge answers in the HTTP response. The edge's <c>split</c> runs inside the turn's
/// transaction, and every reply it does not keep for the response is queued in the outbox in that
/// same transaction: a crash after the commit loses nothing, and the edge never queues anything itself.
/// </summary>
public interface ITurnRunner
{
    /// <summary>Runs the turn through the engine (deduplicated on the turn id) and returns the replies <paramref name="split"/> keeps inline.</summary>
    Task<TurnOutcome> RunNowAsync(IncomingTurn turn, Func<IReadOnlyList<Reply>, InlineSplit> split, CancellationToken cancellationToken);
}

/// <param name="Replies">The replies to answer in the response (the rest are already queued).</param>
/// <param name="Duplicate">True when this delivery id was processed before; no replies then.</param>
public sealed record TurnOutcome(IReadOnlyList<Reply> Replies, bool Duplicate);
