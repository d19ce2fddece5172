using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>
/// The edges' way in: durably records a turn (group commit) and completes only after the commit,
/// so an edge acknowledges nothing that could be lost.
/// </summary>
public interface IInboxWriter
{
    ValueTask<InboxAcceptance> AcceptAsync(IncomingTurn turn, CancellationToken cancellationToken);
}

public enum InboxAcceptance
{
    /// <summary>Stored; it will be processed.</summary>
    Accepted = 1,

    /// <summary>A turn with the same platform delivery id was stored before; nothing was written.</summary>
    Duplicate = 2,
}
