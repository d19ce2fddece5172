using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace AimsBot.Tests.Slack;

/// <summary>One recorded Web API call.</summary>
public sealed record SlackCall(string Method, string Authorization, string ContentType, string Body)
{
    public JsonObject Json => Body.TrimStart().StartsWith('{') ? (JsonNode.Parse(Body) as JsonObject ?? []) : [];

    public Dictionary<string, string> Form =>
        QueryHelpers.ParseQuery(Body).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);

    public string? Channel => Json["channel"]?.GetValue<string>();

    /// <summary>Every string value in the JSON body, one per line (the raw body has \u003C-style escapes).</summary>
    public string Text => string.Join('\n', Strings(Json));

    /// <summary>What the fake answered.</summary>
    public string Response { get; init; } = "";

    /// <summary>The <c>ts</c> the fake gave a posted message.</summary>
    public string? PostedTs => (JsonNode.Parse(Response) as JsonObject)?["ts"]?.GetValue<string>();

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => Strings(kv.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };
}
