using System.Net.Http.Headers;
using System.Text.Json;
using AimsBot.Teams.Activities;

namespace AimsBot.Teams.Outbound;

/// <summary>
/// The Bot Connector REST calls AimsBot makes (PROTOCOLS.md A3), relative to a conversation's
/// stored service URL (a trailing slash is added), with conversation and activity ids URL-escaped
/// and the bot token attached. Refuses service URLs the <see cref="ServiceUrlPolicy"/> does not allow.
/// </summary>
public sealed class TeamsConnectorClient(HttpClient http, IBotTokenProvider tokens, ServiceUrlPolicy policy, TimeProvider time)
{
    public Task<ConnectorResponse> SendToConversationAsync(string serviceUrl, string conversationId, TeamsOutboundActivity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<ConnectorResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, TeamsOutboundActivity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ConnectorResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, TeamsOutboundActivity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ConnectorResponse> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        CallAsync<object>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);

    public Task<ConnectorResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    /// <summary>The absolute URL of a Connector path under a service URL.</summary>
    public static Uri Resolve(string serviceUrl, string relativePath) =>
        new(serviceUrl.EndsWith('/') ? serviceUrl + relativePath : serviceUrl + "/" + relativePath, UriKind.Absolute);

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private async Task<ConnectorResponse> CallAsync<T>(HttpMethod method, string serviceUrl, string path, T? body, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUrl) || !policy.IsAllowed(baseUrl))
        {
            throw new UntrustedServiceUrlException($"The service URL host '{baseUrl?.Host}' is not allowed (Teams:AllowedServiceUrlHostSuffixes).");
        }

        using var request = new HttpRequestMessage(method, Resolve(serviceUrl, path));
        if (body is not null)
        {
            // Serialised up front: one write with a Content-Length, as the Bot Framework's client sends. Streamed
            // (JsonContent), every reply went out in chunked encoding with a flush per chunk, a sixth of the sender's time.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, TeamsJson.Options))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            };
        }

        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? new ConnectorResponse(response.StatusCode, ReadId(text), null, null)
            : new ConnectorResponse(response.StatusCode, null, RetryAfter(response), ReadError(text));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string? ReadId(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ReadError(string text) => text.Length > 2000 ? text[..2000] : text;
}
