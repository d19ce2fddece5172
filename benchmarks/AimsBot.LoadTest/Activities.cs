using System.Text.Json.Nodes;

namespace AimsBot.LoadTest;

/// <summary>Bot Framework activities as the Playground and Teams send them (no-auth local mode).</summary>
internal static class Activities
{
    public static JsonObject Message(string serviceUrl, int user, string text) => Base(serviceUrl, user, "message", text);

    public static JsonObject Submit(string serviceUrl, int user, string replyToId, JsonObject value)
    {
        var activity = Base(serviceUrl, user, "message", null);
        activity["replyToId"] = replyToId;
        activity["value"] = value;
        return activity;
    }

    private static JsonObject Base(string serviceUrl, int user, string type, string? text)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = NextId(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:load-user-{user}", ["name"] = $"Load user {user}", ["aadObjectId"] = $"00000000-0000-0000-0000-{user:D12}" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId(user), ["conversationType"] = "personal", ["tenantId"] = "load-tenant" },
            ["recipient"] = new JsonObject { ["id"] = "28:aimsbot", ["name"] = "AimsBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "load-tenant" } },
            ["locale"] = "en-US",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    private static readonly bool GuidIds = Environment.GetEnvironmentVariable("LOAD_IDS") == "guid";
    private static long _last;

    /// <summary>
    /// A message id as Teams gives them: the time in milliseconds since 1970 (made unique here by counting on in
    /// microseconds). With <c>LOAD_IDS=guid</c>, a random GUID instead, as the Agents Playground sends: its keys land
    /// all over the stores' indexes, which costs the turn processor about 40% more per turn (README, Benchmarks).
    /// </summary>
    private static string NextId()
    {
        if (GuidIds)
        {
            return Guid.NewGuid().ToString("N");
        }

        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;
        long last, next;
        do
        {
            last = Interlocked.Read(ref _last);
            next = Math.Max(now, last + 1);
        }
        while (Interlocked.CompareExchange(ref _last, next, last) != last);
        return next.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string ConversationId(int user) => $"a:load-conversation-{user}";
}
