using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace AimsBot.Tests.Teams;

/// <summary>
/// A local HTTP fake: records every request (method, URL, headers, body) and answers with
/// <see cref="Respond"/> (default: 201 with a new activity id). <see cref="Received"/> signals each request.
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Done)> _waiters = [];
    private int _count;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Func<RecordedRequest, HttpResponseMessage> Respond { get; set; } =
        request => Json(HttpStatusCode.Created, "{\"id\":\"activity-" + request.Number + "\"}");

    /// <summary>Completes when the next request arrives (replace it to wait for another).</summary>
    public TaskCompletionSource<RecordedRequest> Received { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first request (already received or still to come) that matches.</summary>
    public Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match)
    {
        lock (_lock)
        {
            if (Requests.FirstOrDefault(match) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var done = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            Interlocked.Increment(ref _count),
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            body);
        var response = Respond(recorded);
        lock (_lock)
        {
            Requests.Enqueue(recorded);
            foreach (var waiter in _waiters.Where(w => w.Match(recorded)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(recorded);
            }
        }

        Received.TrySetResult(recorded);
        return response;
    }
}

public sealed record RecordedRequest(int Number, HttpMethod Method, Uri Url, string? Authorization, string Body);
