using AimsBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Delivery;

/// <summary>
/// Token buckets on the injected clock, one per conversation, one per destination and, where the platform's
/// pace has <see cref="Pace.PerApp"/>, one for the app on that platform (see <see cref="PacingOptions"/>). A
/// message may go when all its buckets hold a token; otherwise the
/// sender holds it (and the rest of its conversation) until the time this returns, without counting an
/// attempt. Buckets that have refilled are forgotten once there are many.
/// </summary>
public sealed class OutboxPacer(TimeProvider time, IOptions<PacingOptions> options)
{
    private const int ForgetAbove = 10_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>
    /// Takes a token from the conversation's, the destination's and the app's buckets and returns null (send
    /// now), or takes none and returns when to try again.
    /// </summary>
    public DateTime? TryTake(Platform platform, string destination, string conversation)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return null;
        }

        var pace = platform == Platform.Slack ? settings.Slack : settings.Teams;
        var now = time.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            var byDestination = Refill("d|" + destination, pace.PerDestination, pace.DestinationBurst, now);
            var byConversation = Refill("c|" + destination + "|" + conversation, pace.PerConversation, pace.ConversationBurst, now);
            var byApp = pace.PerApp > 0 ? Refill("a|" + platform, pace.PerApp, pace.AppBurst, now) : null;
            if (byDestination.Tokens >= 1 && byConversation.Tokens >= 1 && (byApp is null || byApp.Tokens >= 1))
            {
                byDestination.Tokens--;
                byConversation.Tokens--;
                if (byApp is not null)
                {
                    byApp.Tokens--;
                }

                return null;
            }

            var wait = Math.Max(Math.Max(byDestination.Wait(pace.PerDestination), byConversation.Wait(pace.PerConversation)), byApp?.Wait(pace.PerApp) ?? 0);
            return now + TimeSpan.FromSeconds(wait);
        }
    }

    private Bucket Refill(string key, double rate, int burst, DateTime now)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            if (_buckets.Count >= ForgetAbove)
            {
                Forget(now);
            }

            bucket = new Bucket { Tokens = burst, At = now };
            _buckets[key] = bucket;
        }

        bucket.Burst = burst;
        bucket.Rate = rate;
        bucket.Tokens = Math.Min(burst, bucket.Tokens + (Math.Max(0, (now - bucket.At).TotalSeconds) * rate));
        bucket.At = now;
        return bucket;
    }

    /// <summary>Drops buckets idle long enough to be full again (they behave exactly like new ones).</summary>
    private void Forget(DateTime now)
    {
        foreach (var (key, bucket) in _buckets.ToList())
        {
            if (bucket.Tokens + (Math.Max(0, (now - bucket.At).TotalSeconds) * bucket.Rate) >= bucket.Burst)
            {
                _buckets.Remove(key);
            }
        }
    }

    private sealed class Bucket
    {
        public double Tokens { get; set; }

        public DateTime At { get; set; }

        public int Burst { get; set; }

        public double Rate { get; set; }

        /// <summary>Seconds until a whole token is there (0 when one is).</summary>
        public double Wait(double rate) => Tokens >= 1 ? 0 : (1 - Tokens) / rate;
    }
}
