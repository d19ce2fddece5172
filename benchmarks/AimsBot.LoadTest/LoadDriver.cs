using System.Diagnostics;

namespace AimsBot.LoadTest;

/// <summary>
/// Open-loop load: sends message activities at a fixed rate (latency measured from the scheduled
/// time, so a stalled server cannot hide its queueing), or, with --rate 0, as fast as --concurrency
/// allows, for the throughput ceiling.
/// </summary>
internal static class LoadDriver
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        // --reply-port: this process is the Connector too, and measures activity → reply (see ReplyTracker).
        var replyPort = arguments.Int("reply-port", 0);
        await using var replies = replyPort > 0 ? new ReplyTracker(replyPort, arguments.Int("outage-at", 0), arguments.Int("outage-seconds", 0)) : null;
        if (replies is not null)
        {
            await replies.StartAsync();
        }

        var serviceUrl = replies?.ServiceUrl ?? arguments.Get("service-url", "http://127.0.0.1:5098/");
        var text = arguments.Get("text", "help");
        var acknowledged = await RunAsync(arguments, n =>
        {
            var activity = Activities.Message(serviceUrl, n % 100, replies is null ? text : ReplyTracker.Text(n));
            // Serialised up front so the request carries a Content-Length, as the Bot Framework's do
            // (JsonContent would stream it with chunked transfer encoding).
            var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString()));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return (activity["id"]!.GetValue<string>(), content);
        }, replies);
        return replies is null ? acknowledged : Math.Max(acknowledged, await replies.ReportAsync(arguments.Get("name", "bot"), TimeSpan.FromSeconds(arguments.Int("reply-wait", 120))));
    }

    /// <summary>Signed slash commands, as Slack sends them (form body, v0 HMAC over timestamp and raw body).</summary>
    public static Task<int> RunSlashAsync(Arguments arguments)
    {
        var secret = arguments.Get("secret", "load-test-signing-secret");
        var text = arguments.Get("text", "help");
        return RunAsync(arguments, n => SlashCommands.Signed(secret, n, text), replies: null);
    }

    private static async Task<int> RunAsync(Arguments arguments, Func<int, (string Id, HttpContent Content)> request, ReplyTracker? replies)
    {
        var url = arguments.Get("url", "http://127.0.0.1:3978/api/messages");
        var name = arguments.Get("name", "bot");
        var rate = arguments.Int("rate", 500);
        var seconds = arguments.Int("seconds", 20);
        var concurrency = arguments.Int("concurrency", 64);
        var ackedFile = arguments.Get("acked-file", "");
        var acked = new System.Collections.Concurrent.ConcurrentQueue<string>();

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        // Warm up the connections and the JIT on both sides.
        var warmup = arguments.Int("warmup", 200);
        for (var i = 0; i < warmup; i++)
        {
            using var warm = await client.PostAsync(url, request(1_000_000 + i).Content);
        }

        // --warmup-seconds: unmeasured load at --warmup-rate first, in this process, so that its own Connector (the
        // reply tracker) is warm too when the measured part starts.
        var warmupSeconds = arguments.Int("warmup-seconds", 0);
        if (warmupSeconds > 0)
        {
            var warmupRate = arguments.Int("warmup-rate", Math.Max(1, rate / 2));
            var warming = new List<Task>();
            var clock = Stopwatch.StartNew();
            await OpenLoop(warmupRate, TimeSpan.FromSeconds(warmupSeconds), clock, (n, _) => warming.Add(WarmOne(2_000_000 + n)));
            await Task.WhenAll(warming);
        }

        async Task WarmOne(int n)
        {
            try
            {
                using var response = await client.PostAsync(url, request(n).Content);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not measured.
            }
        }

        var latencies = new List<double>((rate * seconds) + 1024);
        var failed = 0;
        var gate = new object();
        var total = Stopwatch.StartNew();
        var start = Stopwatch.GetTimestamp();
        replies?.Start(start);
        var deadline = TimeSpan.FromSeconds(seconds);

        async Task SendOne(int n, long scheduledTicks)
        {
            try
            {
                var (id, content) = request(n);
                using var response = await client.PostAsync(url, content);
                if (response.IsSuccessStatusCode)
                {
                    acked.Enqueue(id);
                    replies?.Acked(n, start + scheduledTicks);
                }

                var ms = (total.ElapsedTicks - scheduledTicks) * 1000.0 / Stopwatch.Frequency;
                lock (gate)
                {
                    if (response.IsSuccessStatusCode)
                    {
                        latencies.Add(ms);
                    }
                    else
                    {
                        failed++;
                    }
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // A refused or cut connection (the kill test) is a failure to acknowledge, not a loss.
                lock (gate)
                {
                    failed++;
                }
            }
        }

        var inFlight = new List<Task>();
        if (rate > 0)
        {
            await OpenLoop(rate, deadline, total, (n, scheduled) => inFlight.Add(SendOne(n, scheduled)));
        }
        else
        {
            var counter = -1;
            inFlight.AddRange(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                while (total.Elapsed < deadline)
                {
                    await SendOne(Interlocked.Increment(ref counter), total.ElapsedTicks);
                }
            }));
        }

        await Task.WhenAll(inFlight);
        if (ackedFile.Length > 0)
        {
            await File.WriteAllLinesAsync(ackedFile, acked);
        }

        var stats = Stats.From(name, latencies, failed, Math.Max(total.Elapsed.TotalSeconds, deadline.TotalSeconds));
        Console.WriteLine(stats);
        return stats.Failed == 0 ? 0 : 1;
    }

    /// <summary>Starts request <c>n</c> at <c>n / rate</c> seconds on <paramref name="clock"/> until <paramref name="length"/>.</summary>
    private static async Task OpenLoop(int rate, TimeSpan length, Stopwatch clock, Action<int, long> start)
    {
        var interval = Stopwatch.Frequency / (double)rate;
        for (var n = 0; ; n++)
        {
            var scheduled = (long)(n * interval);
            if (scheduled >= length.TotalSeconds * Stopwatch.Frequency)
            {
                return;
            }

            var wait = scheduled - clock.ElapsedTicks;
            if (wait > Stopwatch.Frequency / 1000)
            {
                await Task.Delay(TimeSpan.FromTicks(wait * TimeSpan.TicksPerSecond / Stopwatch.Frequency));
            }

            start(n, scheduled);
        }
    }
}
