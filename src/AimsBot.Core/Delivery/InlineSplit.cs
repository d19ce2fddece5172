using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>
/// How an edge on the synchronous path divides a turn's replies: <see cref="Inline"/> it answers in the
/// HTTP response; <see cref="Queued"/> go to the outbox in the turn's own transaction (a reply may be
/// in both: answered now and also delivered, as a Slack modal's next step that also updates its message).
/// </summary>
public sealed record InlineSplit(IReadOnlyList<Reply> Inline, IReadOnlyList<Reply> Queued)
{
    /// <summary>Everything returned, nothing queued (transcript tests).</summary>
    public static InlineSplit All(IReadOnlyList<Reply> replies) => new(replies, []);

    /// <summary>Nothing answered inline: everything is queued.</summary>
    public static InlineSplit None(IReadOnlyList<Reply> replies) => new([], replies);

    /// <summary>The replies <paramref name="keepInline"/> picks are returned; the rest are queued.</summary>
    public static InlineSplit Where(IReadOnlyList<Reply> replies, Func<Reply, bool> keepInline)
    {
        var inline = replies.Where(keepInline).ToList();
        return new(inline, [.. replies.Except(inline)]);
    }
}
