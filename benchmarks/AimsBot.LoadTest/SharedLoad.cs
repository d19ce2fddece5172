using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AimsBot.LoadTest;

/// <summary>
/// Issue 15: message activities at a fixed rate, spread round-robin over one or more bot instances
/// (<c>--urls a,b</c>), with the fake Connector in this process so that each reply's arrival is timed:
/// time to acknowledge (from the scheduled send), time from the activity to its reply (a conversation's
/// replies answer its activities in order, one reply each for <c>help</c>), replies per second while the
/// backlog drains, and the acknowledged ids (<c>--acked-file</c>: id and conversation per line) for
/// <c>verify-shared</c>.
/// </summary>
internal static class SharedLoad
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var urls = arguments.Get("urls", "http://127.0.0.1:3978/api/messages").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var name = arguments.Get("name", "shared");
        var rate = arguments.Int("rate", 200);
        var seconds = arguments.Int("seconds", 10);
        var conversations = arguments.Int("conversations", 100);
        var offset = arguments.Int("user-offset", 0);
        var replyWait = TimeSpan.FromSeconds(arguments.Int("reply-wait", 120));
        var ackedFile = arguments.Get("acked-file", "");
        await using var connector = new FakeConnector(arguments.Int("connector-port", 5096));
        await connector.StartAsync();

        var clock = Stopwatch.StartNew();
        var pending = Enumerable.Range(0, conversations).Select(_ => new ConcurrentQueue<long>()).ToArray();
        var replyMs = new ConcurrentBag<double>();
        var replyTicks = new ConcurrentBag<long>();
        var extra = 0;
        using var stopReaders = new CancellationTokenSource();
        var readers = Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    await connector.NextAsync(Activities.ConversationId(offset + c), stopReaders.Token);
                    var now = clock.ElapsedTicks;
                    replyTicks.Add(now);
                    if (pending[c].TryDequeue(out var sentAt))
                    {
                        replyMs.Add((now - sentAt) * 1000.0 / Stopwatch.Frequency);
                    }
                    else
                    {
                        Interlocked.Increment(ref extra);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        })).ToList();

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { Timeout = TimeSpan.FromSeconds(30) };
        var ackMs = new List<double>();
        var failed = 0;
        var acked = new ConcurrentQueue<string>();
        var gate = new Lock();
        var interval = Stopwatch.Frequency / (double)rate;
        var deadline = seconds * Stopwatch.Frequency;
        var inFlight = new List<Task>();
        for (var n = 0; ; n++)
        {
            var scheduled = (long)(n * interval);
            if (scheduled >= deadline)
            {
                break;
            }

            var wait = scheduled - clock.ElapsedTicks;
            if (wait > Stopwatch.Frequency / 1000)
            {
                await Task.Delay(TimeSpan.FromTicks(wait * TimeSpan.TicksPerSecond / Stopwatch.Frequency));
            }

            var conversation = n % conversations;
            var url = urls[n % urls.Length];
            inFlight.Add(SendAsync(n, conversation, url, scheduled));
        }

        async Task SendAsync(int n, int conversation, string url, long scheduled)
        {
            var activity = Activities.Message(connector.ServiceUrl, offset + conversation, "help");
            var id = activity["id"]!.GetValue<string>();
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(activity.ToJsonString()));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            pending[conversation].Enqueue(scheduled);
            try
            {
                using var response = await client.PostAsync(url, content);
                var ms = (clock.ElapsedTicks - scheduled) * 1000.0 / Stopwatch.Frequency;
                lock (gate)
                {
                    if (response.IsSuccessStatusCode)
                    {
                        ackMs.Add(ms);
                        acked.Enqueue(id + " " + Activities.ConversationId(offset + conversation));
                    }
                    else
                    {
                        failed++;
                    }
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                lock (gate)
                {
                    failed++;
                }
            }
        }

        await Task.WhenAll(inFlight);
        var sendSeconds = clock.Elapsed.TotalSeconds;
        if (ackedFile.Length > 0)
        {
            await File.WriteAllLinesAsync(ackedFile, acked);
        }

        Console.WriteLine(Stats.From(name + "-ack", ackMs, failed, Math.Max(sendSeconds, seconds)));

        // Every acknowledged activity is answered once; wait for the replies (a killed instance's leased replies take their lease).
        var waitUntil = clock.Elapsed + replyWait;
        while (replyTicks.Count < acked.Count && clock.Elapsed < waitUntil)
        {
            await Task.Delay(50);
        }

        await stopReaders.CancelAsync();
        await Task.WhenAll(readers);
        var ticks = replyTicks.Order().ToList();
        var drainSeconds = ticks.Count < 2 ? double.NaN : (ticks[^1] - ticks[0]) / (double)Stopwatch.Frequency;
        var lastReplySeconds = ticks.Count == 0 ? double.NaN : ticks[^1] / (double)Stopwatch.Frequency;
        Console.WriteLine(Stats.From(name + "-reply", [.. replyMs], 0, Math.Max(lastReplySeconds, seconds)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: acknowledged {acked.Count}, replies {ticks.Count} ({extra} more than the activities sent: duplicates), last reply {lastReplySeconds:F1} s after the first send, {ticks.Count / drainSeconds:F0} replies/s from the first to the last reply"));
        return failed == 0 && ticks.Count >= acked.Count ? 0 : 1;
    }
}
