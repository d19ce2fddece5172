using System.Collections.Concurrent;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>A platform sender that records what it was asked to send and answers from a script.</summary>
internal sealed class RecordingSender(Platform platform) : IReplySender
{
    private readonly ConcurrentQueue<Func<OutboundMessage, SendOutcome>> _script = new();

    public Platform Platform => platform;

    public ConcurrentQueue<OutboundMessage> Sent { get; } = new();

    /// <summary>The next sends answer these, in order; afterwards every send succeeds.</summary>
    public void Answer(params Func<OutboundMessage, SendOutcome>[] outcomes)
    {
        foreach (var outcome in outcomes)
        {
            _script.Enqueue(outcome);
        }
    }

    public Task<SendOutcome> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        Sent.Enqueue(message);
        return Task.FromResult(_script.TryDequeue(out var next) ? next(message) : new SendOutcome.Sent("sent-" + message.Id));
    }
}
