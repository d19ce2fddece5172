using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>
/// A fake Teams Connector for the delivery properties: records what it delivered (conversation, text),
/// answers 503 while <see cref="Down"/>, and can "crash" the bot right after delivering a message, before
/// the sender settles it (by cancelling the sender's token).
/// </summary>
internal sealed class FlakyConnector : IReplySender
{
    private readonly List<(string Conversation, string? Text)> _delivered = [];

    public Platform Platform => Platform.Teams;

    public bool Down { get; set; }

    public CancellationTokenSource? CrashAfterNextSend { get; set; }

    public IReadOnlyList<(string Conversation, string? Text)> Delivered
    {
        get
        {
            lock (_delivered)
            {
                return [.. _delivered];
            }
        }
    }

    public Task<SendOutcome> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (Down)
        {
            return Task.FromResult<SendOutcome>(new SendOutcome.Retry("503 Service Unavailable"));
        }

        lock (_delivered)
        {
            _delivered.Add((message.Conversation.Key, message.Reply.Text));
        }

        if (CrashAfterNextSend is { } crash)
        {
            CrashAfterNextSend = null;
            crash.Cancel();
            throw new OperationCanceledException(crash.Token);
        }

        return Task.FromResult<SendOutcome>(new SendOutcome.Sent("m-" + message.Id));
    }
}
