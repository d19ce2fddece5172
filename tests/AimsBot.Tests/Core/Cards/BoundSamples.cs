using System.Text.Json.Nodes;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Cards;

/// <summary>Every template in <c>cards/</c> bound with its sample data by the production binder (the cards tests hold it to the reference engine).</summary>
public static class BoundSamples
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Cards = new(Load);

    public static Task<IReadOnlyDictionary<string, JsonObject>> AllAsync() => Task.FromResult(Cards.Value);

    private static Dictionary<string, JsonObject> Load()
    {
        var templates = AimsBotFactory.Cards();
        return templates.TemplateIds.Order(StringComparer.Ordinal).ToDictionary(
            id => id,
            id => templates.Render(id, JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Cards, "samples", id + ".json")))!.AsObject()),
            StringComparer.Ordinal);
    }
}
