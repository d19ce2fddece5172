using System.Collections.Concurrent;

namespace AimsBot.Slack;

/// <summary>Per-method 429 windows: after Slack says Retry-After, that method waits; the others go on.</summary>
public sealed class SlackRateLimits(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="method"/> must still wait, or null when it may be called.</summary>
    public TimeSpan? Remaining(string method)
    {
        if (_until.TryGetValue(method, out var until))
        {
            var left = until - time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                return left;
            }

            _until.TryRemove(new KeyValuePair<string, DateTimeOffset>(method, until));
        }

        return null;
    }

    public void Block(string method, TimeSpan retryAfter) =>
        _until.AddOrUpdate(method, _ => time.GetUtcNow() + retryAfter, (_, current) => Max(current, time.GetUtcNow() + retryAfter));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
