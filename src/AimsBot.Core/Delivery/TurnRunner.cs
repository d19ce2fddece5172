using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>The synchronous path: claims the delivery id, runs the turn now and returns every reply to the edge.</summary>
public sealed class TurnRunner(InboxStore inbox, TurnHandler handler) : ITurnRunner
{
    public async Task<TurnOutcome> RunNowAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        if (!inbox.TryClaim(InboxWriter.DeliveryKey(turn), DeliveryJson.Write(turn)))
        {
            return new TurnOutcome([], Duplicate: true);
        }

        var replies = await handler.HandleAsync(turn, static _ => true, cancellationToken);
        return new TurnOutcome(replies, Duplicate: false);
    }
}
