using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>A platform's outbound edge (Teams Connector, Slack Web API). One per platform.</summary>
public interface IReplySender
{
    Platform Platform { get; }

    Task<SendOutcome> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
