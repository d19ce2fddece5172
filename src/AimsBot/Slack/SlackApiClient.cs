using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>
/// The Slack Web API (PROTOCOLS.md B5): bearer token in the header, JSON bodies, <c>ok:false</c>
/// surfaced as <see cref="SlackApiException"/> with Slack's error code, 429 Retry-After honoured per method.
/// </summary>
public sealed partial class SlackApiClient(IHttpClientFactory httpClients, IOptions<SlackOptions> options, SlackRateLimits limits, ILogger<SlackApiClient> logger)
{
    /// <summary>The named HttpClient the Web API calls use.</summary>
    public const string HttpClientName = "slack";

    /// <summary>The named HttpClient for <c>response_url</c> posts (which carry no token).</summary>
    public const string ResponseUrlClientName = "slack-response-url";

    public async Task<string> PostMessageAsync(string channel, string text, JsonArray blocks, CancellationToken cancellationToken)
    {
        var response = await CallAsync("chat.postMessage", new JsonObject { ["channel"] = channel, ["text"] = text, ["blocks"] = blocks.DeepClone(), ["unfurl_links"] = false, ["unfurl_media"] = false, ["link_names"] = false }, cancellationToken);
        return response["ts"]?.GetValue<string>() ?? throw new SlackApiException("chat.postMessage", "invalid_response");
    }

    public Task<JsonObject> UpdateMessageAsync(string channel, string ts, string text, JsonArray blocks, CancellationToken cancellationToken) =>
        CallAsync("chat.update", new JsonObject { ["channel"] = channel, ["ts"] = ts, ["text"] = text, ["blocks"] = blocks.DeepClone(), ["link_names"] = false }, cancellationToken);

    public Task<JsonObject> PostEphemeralAsync(string channel, string user, string text, CancellationToken cancellationToken) =>
        CallAsync("chat.postEphemeral", new JsonObject { ["channel"] = channel, ["user"] = user, ["text"] = text }, cancellationToken);

    /// <summary>The direct-message channel with a person (<c>D…</c>).</summary>
    public async Task<string> OpenConversationAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await CallAsync("conversations.open", new JsonObject { ["users"] = userId }, cancellationToken);
        return response["channel"]?["id"]?.GetValue<string>() ?? throw new SlackApiException("conversations.open", "invalid_response");
    }

    public Task<JsonObject> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);

    public Task<JsonObject> UpdateViewAsync(string viewId, string? hash, JsonObject view, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["view_id"] = viewId, ["view"] = view.DeepClone() };
        if (hash is not null)
        {
            body["hash"] = hash;
        }

        return CallAsync("views.update", body, cancellationToken);
    }

    public Task<JsonObject> PushViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.push", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);

    public Task<JsonObject> PublishViewAsync(string userId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.publish", new JsonObject { ["user_id"] = userId, ["view"] = view.DeepClone() }, cancellationToken);

    /// <summary>
    /// Posts a message to a command's or click's <c>response_url</c>, ephemeral (only the person sees
    /// it). Only https URLs on Slack's hosts are called, and the bot token is never sent there.
    /// </summary>
    public async Task RespondAsync(Uri responseUrl, string text, JsonArray blocks, CancellationToken cancellationToken)
    {
        if (!SlackResponseUrls.IsSlackHost(responseUrl.AbsoluteUri))
        {
            throw new SlackApiException("response_url", "untrusted_host");
        }

        var body = new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = text, ["blocks"] = blocks.DeepClone() };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var http = httpClients.CreateClient(ResponseUrlClientName);
        using var response = await http.PostAsync(responseUrl, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = "http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Log.Failed(logger, "response_url", error);
            throw new SlackApiException("response_url", error);
        }
    }

    /// <summary><c>auth.test</c>: the workspace (and Enterprise Grid organisation) the bot token belongs to.</summary>
    public async Task<SlackWorkspace> AuthTestAsync(CancellationToken cancellationToken)
    {
        var response = await CallAsync("auth.test", [], cancellationToken);
        var team = response["team_id"]?.GetValue<string>();
        return string.IsNullOrEmpty(team)
            ? throw new SlackApiException("auth.test", "invalid_response")
            : new SlackWorkspace(team, response["enterprise_id"] is JsonValue e && e.GetValueKind() == JsonValueKind.String ? e.GetValue<string>() : "");
    }

    /// <summary><c>users.info</c> (form-encoded: the method takes no JSON body).</summary>
    public async Task<SlackUser> UserInfoAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await SendAsync("users.info", new FormUrlEncodedContent([new("user", userId)]), cancellationToken);
        var user = response["user"] as JsonObject ?? throw new SlackApiException("users.info", "invalid_response");
        var profile = user["profile"] as JsonObject;
        var name = new[] { profile?["display_name"], profile?["real_name"], user["real_name"], user["name"] }
            .Select(n => n?.GetValue<string>()).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        return new SlackUser(userId, name is null ? null : AimsBot.Core.Conversations.InvisibleText.Neutralize(name), user["tz"]?.GetValue<string>(), user["is_bot"]?.GetValue<bool>() ?? false);
    }

    public Task<JsonObject> CallAsync(string method, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(method, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken);

    private async Task<JsonObject> SendAsync(string method, HttpContent content, CancellationToken cancellationToken)
    {
        using (content)
        {
            if (limits.Remaining(method) is { } wait)
            {
                throw new SlackApiException(method, "ratelimited", wait);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Base(), method)) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);
            var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var after = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(30);
                after = after < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : after;
                limits.Block(method, after);
                Log.RateLimited(logger, method, after.TotalSeconds);
                throw new SlackApiException(method, "ratelimited", after);
            }

            if ((int)response.StatusCode >= 500)
            {
                throw new SlackApiException(method, "http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            JsonObject? json;
            try
            {
                json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
            }
            catch (JsonException)
            {
                json = null;
            }

            if (json is null)
            {
                throw new SlackApiException(method, response.IsSuccessStatusCode ? "invalid_response" : "http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (json["ok"]?.GetValue<bool>() != true)
            {
                var error = json["error"]?.GetValue<string>() ?? "unknown_error";
                Log.Failed(logger, method, error);
                throw new SlackApiException(method, error);
            }

            return json;
        }
    }

    private Uri Base()
    {
        var configured = options.Value.ApiBaseUrl.ToString();
        return new Uri(configured.EndsWith('/') ? configured : configured + "/");
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 610, Level = LogLevel.Warning, Message = "Slack {Method} rate limited; waiting {Seconds} s before calling it again")]
        public static partial void RateLimited(ILogger logger, string method, double seconds);

        [LoggerMessage(EventId = 611, Level = LogLevel.Warning, Message = "Slack {Method} answered ok:false, error {Error}")]
        public static partial void Failed(ILogger logger, string method, string error);
    }
}
