using System.Text.Json.Nodes;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Cards;

/// <summary>Every template in <c>cards/</c> bound with its sample data by the reference engine (one node run, cached).</summary>
public static class BoundSamples
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, JsonObject>>> Cards = new(LoadAsync);

    public static Task<IReadOnlyDictionary<string, JsonObject>> AllAsync() => Cards.Value;

    private static async Task<IReadOnlyDictionary<string, JsonObject>> LoadAsync()
    {
        var (exit, output, error) = await NodeTool.RunAsync("slack-bind-samples.js", null, RepositoryPaths.Cards);
        if (exit != 0)
        {
            throw new InvalidOperationException("Binding the samples failed: " + error);
        }

        var all = JsonNode.Parse(output)!.AsObject();
        return all.ToDictionary(kv => kv.Key, kv => kv.Value!.AsObject(), StringComparer.Ordinal);
    }
}
