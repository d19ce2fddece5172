using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace AimsBot.LoadTest;

/// <summary>
/// Registers AI systems through the real chat flow (register, three card submits) from many
/// simulated users at once, reading each card the bot sends from the fake Connector.
/// </summary>
internal static class RegistrationDriver
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var url = arguments.Get("url", "http://127.0.0.1:3978/api/messages");
        var count = arguments.Int("count", 10_000);
        var concurrency = arguments.Int("concurrency", 64);
        await using var connector = new FakeConnector(arguments.Int("connector-port", 5097));
        await connector.StartAsync();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var next = -1;
        var done = 0;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async user =>
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(30));
            var conversation = Activities.ConversationId(user);
            while (Interlocked.Increment(ref next) < count)
            {
                var n = next;
                await Post(client, url, Activities.Message(connector.ServiceUrl, user, "register"));
                var card = await connector.NextAsync(conversation, timeout.Token);
                foreach (var step in Steps(n))
                {
                    await Post(client, url, Activities.Submit(connector.ServiceUrl, user, card.MessageId, With(step, card.CardId)));
                    card = await connector.NextAsync(conversation, timeout.Token);
                }

                if (!card.Json.Contains("Registered AI-", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("Expected the registration summary, got: " + card.Json);
                }

                if (Interlocked.Increment(ref done) % 1000 == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done} registrations in {clock.Elapsed.TotalSeconds:F1} s"));
                }
            }
        }));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"registered {done} systems in {clock.Elapsed.TotalSeconds:F1} s ({done / clock.Elapsed.TotalSeconds:F0}/s, {connector.Received} bot sends)"));
        return 0;
    }

    private static async Task Post(HttpClient client, string url, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync(url, activity);
        response.EnsureSuccessStatusCode();
    }

    private static JsonObject With(JsonObject values, string? cardId)
    {
        values["cardId"] = cardId ?? throw new InvalidOperationException("The card had no cardId.");
        return values;
    }

    private static JsonObject[] Steps(int n) =>
    [
        new()
        {
            ["verb"] = "register/step1",
            ["name"] = $"Load system {n:D5} {Guid.NewGuid():N}",
            ["purpose"] = "Measures how the bot copes with many registrations",
            ["role"] = "Deployer",
        },
        new()
        {
            ["verb"] = "register/step2",
            ["source"] = "Saas",
            ["supplier"] = "Contoso",
            ["stage"] = "Testing",
            ["personalData"] = "false",
            ["dataUses"] = "Input",
            ["jurisdictions"] = "EU",
        },
        new()
        {
            ["verb"] = "register/step3",
            ["affectedPeople"] = "Employees",
            ["autonomy"] = "HumanInTheLoop",
            ["oversight"] = "A reviewer checks each output.",
        },
    ];
}
