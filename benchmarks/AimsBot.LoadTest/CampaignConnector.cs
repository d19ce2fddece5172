using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace AimsBot.LoadTest;

/// <summary>
/// The campaign benchmark's Connector (issue 12, "sending at platform pace"): a <see cref="FakeConnector"/> that
/// allows <c>--rate</c> messages a second (a token bucket of that rate holding one second's worth) and answers
/// 429 with <c>Retry-After: 1</c> beyond it. It waits until <c>--expect</c> personal chats each got a message (or
/// <c>--timeout</c> seconds), then reports: time from the first to the last message accepted, messages accepted and
/// refused, chats that got more than one (sent twice), and the rate reached. The bot runs in another process.
/// </summary>
internal static class CampaignConnector
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var rate = arguments.Int("rate", 50);
        var expect = arguments.Int("expect", 5000);
        var timeout = TimeSpan.FromSeconds(arguments.Int("timeout", 600));
        var bucket = new Bucket(rate);
        var perChat = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        long refused = 0;
        long first = 0;
        long last = 0;
        var clock = Stopwatch.StartNew();
        await using var connector = new FakeConnector(arguments.Int("port", 5091), keep: false);
        connector.Refuse = () =>
        {
            if (bucket.TryTake(clock.Elapsed.TotalSeconds))
            {
                return null;
            }

            Interlocked.Increment(ref refused);
            return new TooManyRequests();
        };
        connector.Accepted = (conversation, _) =>
        {
            perChat.AddOrUpdate(conversation, 1, (_, n) => n + 1);
            var at = clock.ElapsedTicks;
            Interlocked.CompareExchange(ref first, at, 0);
            Interlocked.Exchange(ref last, at);
        };
        await connector.StartAsync();
        Console.WriteLine($"campaign connector on {connector.ServiceUrl}: {rate} messages/s allowed, waiting for {expect} chats");
        var progress = Stopwatch.StartNew();
        while (perChat.Count < expect && clock.Elapsed < timeout)
        {
            await Task.Delay(250);
            if (progress.Elapsed >= TimeSpan.FromSeconds(10))
            {
                progress.Restart();
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,5:F0} s: {perChat.Count} chats reached, {Interlocked.Read(ref refused)} refused");
            }
        }

        // Anything sent twice would come now (a resent batch after a restart has already arrived by then).
        await Task.Delay(TimeSpan.FromSeconds(3));
        var seconds = (Interlocked.Read(ref last) - Interlocked.Read(ref first)) / (double)Stopwatch.Frequency;
        var accepted = perChat.Values.Sum();
        var twice = perChat.Values.Count(n => n > 1);
        var calls = accepted + Interlocked.Read(ref refused);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"campaign: {perChat.Count} of {expect} chats reached; first to last message {seconds:F1} s ({expect / (double)rate:F0} s at {rate}/s); " +
            $"{accepted} messages accepted ({accepted / Math.Max(seconds, 0.001):F1}/s), {Interlocked.Read(ref refused)} refused with 429 ({100.0 * Interlocked.Read(ref refused) / Math.Max(calls, 1):F2}% of {calls} calls); " +
            $"{twice} chats got more than one message"));
        return perChat.Count == expect ? 0 : 1;
    }

    /// <summary>A token bucket: <c>rate</c> a second, holding at most one second's worth.</summary>
    private sealed class Bucket(int rate)
    {
        private readonly Lock _gate = new();
        private double _tokens = rate;
        private double _at;

        public bool TryTake(double now)
        {
            lock (_gate)
            {
                _tokens = Math.Min(rate, _tokens + ((now - _at) * rate));
                _at = now;
                if (_tokens < 1)
                {
                    return false;
                }

                _tokens--;
                return true;
            }
        }
    }

    /// <summary>429 with <c>Retry-After: 1</c>.</summary>
    private sealed class TooManyRequests : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            httpContext.Response.Headers.RetryAfter = "1";
            return Task.CompletedTask;
        }
    }
}
