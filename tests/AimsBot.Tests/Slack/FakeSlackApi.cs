using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AimsBot.Tests.Slack;

/// <summary>
/// A local stand-in for the Slack Web API on 127.0.0.1: records every call, answers like Slack by
/// default, and can be told to answer the next call of a method with an error or a 429.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<SlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string Body, int? RetryAfter)>> _scripted = new(StringComparer.Ordinal);
    private readonly List<(Func<SlackCall, bool> Match, TaskCompletionSource<SlackCall> Done)> _waiters = [];
    private readonly Lock _lock = new();
    private WebApplication? _app;
    private int _sequence;

    public Uri ApiBaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Where response URLs (https://hooks.slack.com/...) are sent instead, recorded as method <c>response_url</c>.</summary>
    public Uri HooksBaseUrl => new(ApiBaseUrl, "/hooks/");

    public IReadOnlyList<SlackCall> Calls => [.. _calls];

    public static async Task<FakeSlackApi> StartAsync()
    {
        var fake = new FakeSlackApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/{method}", fake.HandleAsync);
        app.MapPost("/hooks/{**path}", fake.HandleResponseUrlAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ApiBaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        fake._app = app;
        return fake;
    }

    /// <summary>The next call of <paramref name="method"/> gets this answer instead of the default.</summary>
    public void AnswerNext(string method, int status, string body, int? retryAfterSeconds = null) =>
        _scripted.GetOrAdd(method, _ => new()).Enqueue((status, body, retryAfterSeconds));

    public IReadOnlyList<SlackCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    /// <summary>The first call (already made or still to come) that matches.</summary>
    public Task<SlackCall> WaitForAsync(string method, Func<SlackCall, bool>? match = null)
    {
        bool Matches(SlackCall call) => call.Method == method && (match is null || match(call));
        lock (_lock)
        {
            var existing = _calls.FirstOrDefault(Matches);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var done = new TaskCompletionSource<SlackCall>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Matches, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> HandleAsync(string method, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var call = new SlackCall(method, request.Headers.Authorization.ToString(), request.ContentType ?? "", body);
        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            Record(call with { Response = scripted.Body });
            if (scripted.RetryAfter is { } seconds)
            {
                request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return Results.Content(scripted.Body, "application/json", statusCode: scripted.Status);
        }

        var answer = Default(call);
        Record(call with { Response = answer.ToJsonString() });
        return Results.Content(answer.ToJsonString(), "application/json");
    }

    private async Task<IResult> HandleResponseUrlAsync(string path, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        Record(new SlackCall("response_url", request.Headers.Authorization.ToString(), request.ContentType ?? "", body) { Response = path });
        return Results.Text("ok");
    }

    private void Record(SlackCall call)
    {
        lock (_lock)
        {
            _calls.Enqueue(call);
            foreach (var waiter in _waiters.Where(w => w.Match(call)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(call);
            }
        }
    }

    private JsonObject Default(SlackCall call)
    {
        var json = call.Json;
        var ts = "1762074000." + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);
        return call.Method switch
        {
            "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = json["channel"]?.DeepClone(), ["ts"] = ts },
            "chat.update" => new JsonObject { ["ok"] = true, ["channel"] = json["channel"]?.DeepClone(), ["ts"] = json["ts"]?.DeepClone() },
            "chat.postEphemeral" => new JsonObject { ["ok"] = true, ["message_ts"] = ts },
            "conversations.open" => new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + json["users"]?.GetValue<string>() } },
            "views.open" or "views.update" or "views.push" or "views.publish" => new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V" + ts, ["hash"] = "h" + ts } },
            "auth.test" => new JsonObject { ["ok"] = true, ["team_id"] = SlackFixture.Team, ["user_id"] = SlackFixture.BotUser, ["bot_id"] = "B0BOT" },
            "users.info" => new JsonObject
            {
                ["ok"] = true,
                ["user"] = new JsonObject
                {
                    ["id"] = call.Form.GetValueOrDefault("user"),
                    ["name"] = "person",
                    ["real_name"] = "Slack Person",
                    ["tz"] = "Europe/London",
                    ["profile"] = new JsonObject { ["display_name"] = "Person " + call.Form.GetValueOrDefault("user") },
                },
            },
            _ => new JsonObject { ["ok"] = false, ["error"] = "unknown_method" },
        };
    }
}
