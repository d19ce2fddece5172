using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace AimsBot.LoadTest;

/// <summary>
/// A Bot Connector stand-in on loopback: answers every send, reply and update like Teams
/// (201 with an id) and hands what the bot sent to whoever waits on that conversation.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Channel<Sent>> _conversations = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private readonly bool _keep;
    private long _ids;
    private long _received;

    public FakeConnector(int port, bool keep = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _keep = keep;
        _app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject activity) => Record(conversationId, null, activity));
        _app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity) => Record(conversationId, null, activity));
        _app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity) => Record(conversationId, activityId, activity));
        _app.MapPost("/v3/conversations", () => Results.Json(new { id = "a:created-" + Interlocked.Increment(ref _ids) }, statusCode: 201));
        // Enough of Slack's Web API for the bot's sends (Slack:ApiBaseUrl = http://127.0.0.1:PORT/slack/).
        _app.MapPost("/slack/{method}", (string method) => Interlocked.Increment(ref _received) > 0 ? method switch
        {
            "conversations.open" => Results.Json(new { ok = true, channel = new { id = "DLOAD" } }),
            "users.info" => Results.Json(new { ok = true, user = new { id = "ULOAD", real_name = "Load user", tz = "Europe/London", profile = new { display_name = "Load user" } } }),
            _ => Results.Json(new { ok = true, channel = "CLOAD", ts = "1700000000." + Interlocked.Increment(ref _ids).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) }),
        } : Results.Ok());
        _app.MapPost("/slack/response/{trigger}", () => Results.Ok());
        ServiceUrl = $"http://127.0.0.1:{port}/";
    }

    public string ServiceUrl { get; }

    public long Received => Interlocked.Read(ref _received);

    /// <summary>Asked before each Teams send: a refusal to answer instead (an outage), or null to accept it.</summary>
    public Func<IResult?>? Refuse { get; set; }

    /// <summary>Told of each Teams send it accepted (conversation id, activity).</summary>
    public Action<string, JsonObject>? Accepted { get; set; }

    public static async Task<int> RunStandaloneAsync(Arguments arguments)
    {
        await using var connector = new FakeConnector(arguments.Int("port", 5098), keep: false);
        await connector.StartAsync();
        var every = arguments.Int("report-every", 0);
        var stopping = connector._app.Lifetime.ApplicationStopping;
        while (every > 0 && !stopping.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(every), stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            Console.WriteLine($"connector: {connector.Received} sends accepted in {connector._conversations.Count} conversations");
        }

        await connector._app.WaitForShutdownAsync();
        return 0;
    }

    public Task StartAsync() => _app.StartAsync();

    /// <summary>The next thing the bot sent (or updated) in this conversation.</summary>
    public ValueTask<Sent> NextAsync(string conversationId, CancellationToken cancellationToken) =>
        Queue(conversationId).Reader.ReadAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Record(string conversationId, string? updatedId, JsonObject activity)
    {
        if (Refuse?.Invoke() is { } refusal)
        {
            return refusal;
        }

        Interlocked.Increment(ref _received);
        Accepted?.Invoke(conversationId, activity);
        var id = updatedId ?? ("m-" + Interlocked.Increment(ref _ids));
        // The messages are kept for drivers that read each conversation's (NextAsync); the others only count them.
        var queue = Queue(conversationId);
        if (_keep)
        {
            queue.Writer.TryWrite(new Sent(id, activity));
        }

        return updatedId is null ? Results.Json(new { id }, statusCode: 201) : Results.Json(new { id });
    }

    private Channel<Sent> Queue(string conversationId) =>
        _conversations.GetOrAdd(conversationId, _ => Channel.CreateUnbounded<Sent>());

    /// <summary>One activity the bot sent: its message id and content.</summary>
    public sealed record Sent(string MessageId, JsonObject Activity)
    {
        /// <summary>The card instance id of the first submit action on the card, if any.</summary>
        public string? CardId => Find(Activity, "cardId");

        public string Json => Activity.ToJsonString();

        private static string? Find(JsonNode? node, string key) => node switch
        {
            JsonObject o when o.TryGetPropertyValue(key, out var v) && v is JsonValue => v.GetValue<string>(),
            JsonObject o => o.Select(p => Find(p.Value, key)).FirstOrDefault(x => x is not null),
            JsonArray a => a.Select(x => Find(x, key)).FirstOrDefault(x => x is not null),
            _ => null,
        };
    }
}
