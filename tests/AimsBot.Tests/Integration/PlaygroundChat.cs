using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;

namespace AimsBot.Tests.Integration;

/// <summary>
/// Presses card buttons in the Agents Playground the way its UI does: finds the newest card the Playground
/// shows with the given verb, and posts the card's own input values (with the person's changes) to the
/// Playground's submit route, which sends the bot the <c>message</c> activity a Teams Action.Submit makes.
/// </summary>
internal sealed class PlaygroundChat(HttpClient http, ConcurrentQueue<string> frames, SemaphoreSlim arrived, string conversationId)
{
    private int seen;

    /// <summary>Waits for a card with <paramref name="verb"/> whose text contains <paramref name="marker"/>, then submits it.</summary>
    public async Task SubmitAsync(string verb, string marker, Dictionary<string, string> changes, CancellationToken ct)
    {
        var (messageId, card) = await NewestCardAsync(verb, marker, ct);
        var value = new JsonObject();
        foreach (var input in Nodes(card).Where(n => n["id"] is not null && n["type"]?.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            value[input["id"]!.GetValue<string>()] = input["value"]?.DeepClone() ?? "";
        }

        var action = Nodes(card).First(n => n["data"]?["verb"]?.GetValue<string>() == verb);
        foreach (var (key, node) in action["data"]!.AsObject())
        {
            value[key] = node?.DeepClone();
        }

        foreach (var (key, text) in changes)
        {
            value[key] = text;
        }

        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = "user-id-0" },
            ["replyToId"] = messageId,
            ["value"] = value,
        };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/_conversation/v1/submit", content, ct);
        Assert.True(response.IsSuccessStatusCode, $"The Playground refused the submit: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
    }

    /// <summary>The first frame after the last one used that contains <paramref name="text"/>.</summary>
    public async Task<string> WaitForAsync(string text, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var all = frames.ToArray();
            for (var i = seen; i < all.Length; i++)
            {
                if (all[i].Contains(text, StringComparison.Ordinal))
                {
                    seen = i + 1;
                    return all[i];
                }
            }

            await arrived.WaitAsync(timeout.Token);
        }
    }

    private async Task<(string MessageId, JsonObject Card)> NewestCardAsync(string verb, string marker, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var all = frames.ToArray();
            for (var i = all.Length - 1; i >= seen; i--)
            {
                if (all[i].Contains(marker, StringComparison.Ordinal) && JsonNode.Parse(all[i])?["message"] is JsonObject message
                    && message["attachments"]?[0]?["content"] is JsonObject card
                    && Nodes(card).Any(n => n["data"]?["verb"]?.GetValue<string>() == verb))
                {
                    seen = i + 1;
                    return (message["messageId"]!.ToString(), card);
                }
            }

            await arrived.WaitAsync(timeout.Token);
        }
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(kv => Nodes(kv.Value))),
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };
}
