using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Tests.Integration;
using CsCheck;

namespace AimsBot.Tests.Security;

/// <summary>
/// Property: whatever arrives at <c>/api/messages</c> (any field missing, null, of the wrong type, huge,
/// deeply nested, with control, bidirectional and zero-width characters), the answer is never a 5xx
/// and never shows internals, and a refused activity leaves nothing in the inbox.
/// </summary>
public sealed class TeamsEdgeProperties : IDisposable
{
    private static readonly string[] Fields =
    [
        "type", "id", "channelId", "serviceUrl", "text", "name", "value", "replyToId", "locale", "action", "entities", "channelData",
        "membersAdded", "from", "recipient", "conversation", "from.id", "from.name", "recipient.id", "conversation.id",
        "conversation.tenantId", "conversation.conversationType", "value.action", "value.action.type", "value.action.verb", "value.action.data",
    ];

    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "installationUpdate", "typing", "messageReaction", "", "MESSAGE"];

    private static readonly string[] Verbs = ["register/step1", "approval/decide", "answer/next", "soa/open", "systems/page", "register/cancel", "nope/none", "/", ""];

    private readonly TeamsBotFactory _factory = new();
    private int _sequence;

    public void Dispose() => _factory.Dispose();

    /// <summary>One change to a valid activity: set a field to any value, or remove it.</summary>
    private static readonly Gen<(string Field, bool Remove, JsonNode? Value)> Mutation =
        Gen.Select(Gen.OneOf(Fields), Gen.Int[0, 4].Select(n => n == 0), Gen.Frequency((8, Nasty.Json(3)), (1, Nasty.Deep)));

    private static readonly Gen<(string Type, string Verb, JsonNode? Data, (string Field, bool Remove, JsonNode? Value)[] Mutations)> Activities =
        Gen.Select(Gen.OneOf(Types), Gen.OneOf(Verbs), Nasty.Json(2), Mutation.Array[0, 4]);

    [Fact]
    public async Task Any_Activity_Gets_A_4xx_Or_2xx_Without_Internals_And_A_Refused_One_Changes_Nothing()
    {
        // Arrange
        using var client = _factory.CreateClient();

        // Act + Assert
        await Activities.SampleAsync(
            async (type, verb, data, mutations) =>
            {
                var id = "prop-" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
                var activity = TeamsBotFactory.Activity(type, id);
                activity["text"] = "systems";
                if (type == "invoke")
                {
                    activity["name"] = "adaptiveCard/action";
                    activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data?.DeepClone() } };
                }
                else if (type == "message" && data is JsonObject submitted)
                {
                    submitted["verb"] = verb;
                    activity["value"] = submitted.DeepClone();
                }

                foreach (var (field, remove, value) in mutations)
                {
                    Apply(activity, field, remove, value);
                }

                var (status, body) = await PostAsync(client, activity.ToJsonString());
                // 501 is the protocol's answer to an invoke nothing handles (PROTOCOLS.md A1).
                var unhandledInvoke = activity["type"] is JsonValue t && t.TryGetValue<string>(out var sentType) && sentType == "invoke"
                    && !(activity["name"] is JsonValue n && n.TryGetValue<string>(out var name) && name == "adaptiveCard/action");
                Assert.True(status < 500 || (status == 501 && unhandledInvoke), $"{status} for {activity.ToJsonString()[..Math.Min(500, activity.ToJsonString().Length)]}");
                Assert.False(Nasty.ShowsInternals(body), body);
                if (status >= 400 && activity["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var sentId))
                {
                    Assert.Null(_factory.InboxItem(sentId));
                }
            },
            iter: 150,
            threads: 1);

        // The replies sent meanwhile show no internals either.
        Assert.DoesNotContain(_factory.Connector.Requests, r => Nasty.ShowsInternals(r.Body));
    }

    [Fact]
    public async Task Bodies_That_Are_Not_Activities_Are_400()
    {
        // Arrange
        using var client = _factory.CreateClient();
        var bodies = Gen.Frequency(
            (3, Nasty.Json(4).Select(n => n?.ToJsonString() ?? "null")),
            (1, Nasty.Deep.Select(n => "{\"type\":\"message\",\"value\":" + n!.ToJsonString() + "}")),
            (2, Nasty.Text));

        // Act + Assert
        await bodies.SampleAsync(
            async body =>
            {
                var (status, text) = await PostAsync(client, body);
                Assert.True(status is 200 or 400 or 413, $"{status} for {body[..Math.Min(300, body.Length)]}");
                Assert.False(Nasty.ShowsInternals(text), text);
            },
            iter: 150,
            threads: 1);
    }

    private static async Task<(int Status, string Body)> PostAsync(HttpClient client, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Sets or removes a dotted path, creating objects on the way (replacing what is not an object).</summary>
    private static void Apply(JsonObject root, string path, bool remove, JsonNode? value)
    {
        var parts = path.Split('.');
        var current = root;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JsonObject next)
            {
                if (remove)
                {
                    return;
                }

                next = [];
                current[part] = next;
            }

            current = next;
        }

        if (remove)
        {
            current.Remove(parts[^1]);
        }
        else
        {
            current[parts[^1]] = value?.DeepClone();
        }
    }
}
