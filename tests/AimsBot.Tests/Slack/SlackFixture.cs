using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AimsBot.Tests.Slack;

/// <summary>
/// The host with Slack on, its Web API pointed at a <see cref="FakeSlackApi"/>, and helpers that
/// sign requests exactly as Slack does (computed here with HMAC-SHA256, not with the code under test).
/// </summary>
public class SlackFixture : IAsyncLifetime
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Token = "xoxb-test-token";
    public const string Team = "T0TEAM";
    public const string BotUser = "UBOT";
    public const string Committee = "UCOMMITTEE";

    public FakeSlackApi Api { get; private set; } = null!;

    public SlackBotFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Api = await FakeSlackApi.StartAsync();
        Factory.Settings["Slack:SigningSecret"] = Secret;
        Factory.Settings["Slack:BotToken"] = Token;
        Factory.Settings["Slack:ApiBaseUrl"] = Api.ApiBaseUrl.ToString();
        Factory.Settings["Slack:MaxBodyBytes"] = "65536";
        Factory.Settings["Roles:Committee:0"] = $"slack:{Team}:{Committee}";
        Factory.HooksBaseUrl = Api.HooksBaseUrl;
        Configure(Factory);
        Client = Factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        Client.Dispose();
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
    }

    /// <summary>Adds services for a test class before the host starts.</summary>
    protected virtual void Configure(SlackBotFactory factory)
    {
        _ = factory;
    }

    /// <summary>Types <paramref name="text"/> as a slash command in <paramref name="channel"/>, presses the answer's "Open form" button and returns the message and the modal opened.</summary>
    public async Task<(SlackCall Message, JsonObject View)> OpenFormAsync(string user, string channel, string text)
    {
        using var command = await CommandAsync(user, channel, text);
        Assert.Equal(System.Net.HttpStatusCode.OK, command.StatusCode);
        var message = await Api.WaitForAsync("chat.postMessage", c => c.Channel == channel);
        using var click = await InteractionAsync(SlackFlow.Click(user, channel, message.PostedTs!, SlackFlow.Button(message.Json, "aims.open_form")));
        var opened = await Api.WaitForAsync("views.open", c => c.Json["view"]!["private_metadata"]!.GetValue<string>().Contains('"' + channel + '"', StringComparison.Ordinal));
        return (message, opened.Json["view"]!.AsObject());
    }

    /// <summary>Submits a modal and expects Slack to be told to show the form's next modal (<c>response_action: update</c>).</summary>
    public async Task<JsonObject> NextViewAsync(JsonObject view, string user, Dictionary<string, string> inputs)
    {
        var answer = await SubmitViewAsync(view, user, inputs);
        Assert.True(answer?["response_action"]?.GetValue<string>() == "update", "Expected the next modal, got " + (answer?.ToJsonString() ?? "an empty 200 (modal closed)"));
        return answer!["view"]!.AsObject();
    }

    /// <summary>Submits a modal: Slack's answer, or null for an empty 200 (the modal closes).</summary>
    public async Task<JsonObject?> SubmitViewAsync(JsonObject view, string user, Dictionary<string, string> inputs)
    {
        using var response = await InteractionAsync(SlackFlow.Submit(view, user, inputs));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return body.Length == 0 ? null : JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Presses the message button that sends <paramref name="verb"/> on the newest update of the message in <paramref name="channel"/> containing <paramref name="text"/>.</summary>
    public async Task PressAsync(string user, string channel, SlackCall message, string text, string verb)
    {
        var update = await Api.WaitForAsync("chat.update", c => c.Channel == channel && c.Text.Contains(text, StringComparison.Ordinal));
        using var click = await InteractionAsync(SlackFlow.Click(user, channel, message.PostedTs!, SlackFlow.VerbButton(update.Json, verb)));
        Assert.Equal(System.Net.HttpStatusCode.OK, click.StatusCode);
    }

    public static string Sign(string secret, long timestamp, string body)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp.ToString(CultureInfo.InvariantCulture)}:{body}"));
        return "v0=" + Convert.ToHexStringLower(hash);
    }

    /// <summary>Posts <paramref name="body"/> signed now (or <paramref name="skew"/> away from now).</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, TimeSpan? skew = null, bool sign = true, string? signatureBody = null)
    {
        var timestamp = (Factory.Time.GetUtcNow() + (skew ?? TimeSpan.Zero)).ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (sign)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Signature", Sign(Secret, timestamp, signatureBody ?? body));
        }

        return SendAsync(request);
    }

    public Task<HttpResponseMessage> EventAsync(JsonObject envelope, TimeSpan? skew = null) =>
        PostAsync("/api/slack/events", envelope.ToJsonString(), "application/json", skew);

    public Task<HttpResponseMessage> CommandAsync(string user, string channel, string text, string? trigger = null, string team = Team, string responseUrl = "https://hooks.slack.com/commands/T0TEAM/1/abc") =>
        PostAsync("/api/slack/commands", Form(new()
        {
            ["token"] = "deprecated",
            ["team_id"] = team,
            ["channel_id"] = channel,
            ["user_id"] = user,
            ["command"] = "/aims",
            ["text"] = text,
            ["response_url"] = responseUrl,
            ["trigger_id"] = trigger ?? NewTrigger(),
        }), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> InteractionAsync(JsonObject payload) =>
        PostAsync("/api/slack/interactions", Form(new() { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded");

    /// <summary>A message a person writes to the bot in its direct messages (event <c>message.im</c>).</summary>
    public static JsonObject DirectMessage(string eventId, string user, string text) => Envelope(eventId, new JsonObject
    {
        ["type"] = "message",
        ["channel_type"] = "im",
        ["channel"] = "D" + user,
        ["user"] = user,
        ["text"] = text,
        ["ts"] = "1762074000.000100",
    });

    public static JsonObject Envelope(string eventId, JsonObject inner) => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = Team,
        ["api_app_id"] = "A0APP",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1762074000,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = BotUser, ["is_bot"] = true }),
        ["event"] = inner,
    };

    public static string NewTrigger() => "trigger." + Guid.NewGuid().ToString("N");

    public static string Form(Dictionary<string, string> fields) =>
        string.Join('&', fields.Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value)));

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await Client.SendAsync(request, TestContext.Current.CancellationToken);
        }
    }
}
