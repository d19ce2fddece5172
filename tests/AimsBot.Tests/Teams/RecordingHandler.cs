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
    private int _count;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Func<RecordedRequest, HttpResponseMessage> Respond { get; set; } =
        request => Json(HttpStatusCode.Created, "{\"id\":\"activity-" + request.Number + "\"}");

    /// <summary>Completes when the next request arrives (replace it to wait for another).</summary>
    public TaskCompletionSource<RecordedRequest> Received { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
        Requests.Enqueue(recorded);
        var response = Respond(recorded);
        Received.TrySetResult(recorded);
        return response;
    }
}

public sealed record RecordedRequest(int Number, HttpMethod Method, Uri Url, string? Authorization, string Body);
