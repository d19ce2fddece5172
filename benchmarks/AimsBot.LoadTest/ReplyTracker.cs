using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AimsBot.LoadTest;

/// <summary>
/// Time from an activity to its reply reaching the Connector. The load driver hosts this fake
/// Connector itself and sends each activity a unique unknown command (<c>zq42</c>), which the bot
/// answers with a text naming it ("I don't know “zq42”..."), so every reply is matched to its activity:
/// latency from the activity's scheduled send, replies delivered, duplicated and missing. Optionally an
/// outage: from <c>outageAt</c> seconds after the start for <c>outageSeconds</c>, every send is refused
/// with 503, every tenth with 429 and Retry-After.
/// </summary>
internal sealed partial class ReplyTracker(int port, int outageAtSeconds, int outageSeconds) : IAsyncDisposable
{
    private readonly FakeConnector _connector = new(port, keep: false);
    private readonly ConcurrentDictionary<int, long> _scheduled = new();
    private readonly ConcurrentDictionary<int, long> _arrived = new();
    private readonly ConcurrentDictionary<int, int> _copies = new();
    private long _start = long.MaxValue;
    private long _refused;

    public string ServiceUrl => _connector.ServiceUrl;

    public static string Text(int n) => "zq" + n.ToString(CultureInfo.InvariantCulture);

    public async Task StartAsync()
    {
        _connector.Accepted = Accepted;
        _connector.Refuse = Refuse;
        await _connector.StartAsync();
    }

    /// <summary>The measured phase starts (the outage is timed from here).</summary>
    public void Start(long timestamp) => Volatile.Write(ref _start, timestamp);

    /// <summary>Activity <paramref name="n"/>, scheduled at <paramref name="scheduledTimestamp"/>, was acknowledged.</summary>
    public void Acked(int n, long scheduledTimestamp) => _scheduled[n] = scheduledTimestamp;

    /// <summary>Waits until every acknowledged activity has its reply, or <paramref name="patience"/> passes; prints the figures.</summary>
    public async Task<int> ReportAsync(string name, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < patience && _scheduled.Keys.Any(n => !_arrived.ContainsKey(n)))
        {
            await Task.Delay(100);
        }

        var latencies = _scheduled.Where(x => _arrived.ContainsKey(x.Key)).Select(x => (_arrived[x.Key] - x.Value) * 1000.0 / Stopwatch.Frequency).ToList();
        var missing = _scheduled.Count - latencies.Count;
        var duplicated = _scheduled.Keys.Sum(n => Math.Max(0, _copies.GetValueOrDefault(n) - 1));
        var last = _arrived.Values.DefaultIfEmpty(_start).Max();
        var seconds = Math.Max(0.001, (last - Volatile.Read(ref _start)) * 1.0 / Stopwatch.Frequency);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-8} replies: acknowledged {_scheduled.Count}, delivered {latencies.Count}, duplicated {duplicated}, missing {missing}, calls refused in the outage {Interlocked.Read(ref _refused)}"));
        Console.WriteLine(Stats.From(name + "→reply", latencies, missing, seconds) + "  (activity scheduled → reply at the Connector)");
        if (Environment.GetEnvironmentVariable("LOAD_TIMELINE") == "1")
        {
            // Where the slow replies fall: the median and the worst of each second of the run, by scheduled time.
            var bySecond = _scheduled.Where(x => _arrived.ContainsKey(x.Key))
                .GroupBy(x => (x.Value - Volatile.Read(ref _start)) / Stopwatch.Frequency)
                .OrderBy(g => g.Key)
                .Select(g =>
                {
                    var ms = g.Select(x => (_arrived[x.Key] - x.Value) * 1000.0 / Stopwatch.Frequency).Order().ToList();
                    return string.Create(CultureInfo.InvariantCulture, $"{g.Key,3}s p50 {ms[ms.Count / 2],6:F1} max {ms[^1],6:F1}");
                });
            Console.WriteLine(string.Join(Environment.NewLine, bySecond));
        }
        return missing == 0 ? 0 : 1;
    }

    public ValueTask DisposeAsync() => _connector.DisposeAsync();

    private void Accepted(string conversationId, JsonObject activity)
    {
        if (activity["text"]?.GetValue<string>() is { } text && Tag().Match(text) is { Success: true } match
            && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            _arrived.TryAdd(n, Stopwatch.GetTimestamp());
            _copies.AddOrUpdate(n, 1, (_, c) => c + 1);
        }
    }

    private IResult? Refuse()
    {
        var start = Volatile.Read(ref _start);
        if (outageSeconds <= 0 || start == long.MaxValue)
        {
            return null;
        }

        var elapsed = (Stopwatch.GetTimestamp() - start) * 1.0 / Stopwatch.Frequency;
        if (elapsed < outageAtSeconds || elapsed >= outageAtSeconds + outageSeconds)
        {
            return null;
        }

        return Interlocked.Increment(ref _refused) % 10 == 0
            ? new RetryAfter()
            : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    [GeneratedRegex(@"zq(\d+)")]
    private static partial Regex Tag();

    /// <summary>429 with Retry-After: 3 seconds.</summary>
    private sealed class RetryAfter : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            httpContext.Response.Headers.RetryAfter = "3";
            return Task.CompletedTask;
        }
    }
}
