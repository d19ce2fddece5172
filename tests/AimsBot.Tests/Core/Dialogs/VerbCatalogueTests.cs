using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

public sealed class VerbCatalogueTests
{
    [Fact]
    public void Every_Card_Verb_Has_A_Handler_And_Every_Handler_Verb_Is_On_A_Card()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var declared = chat.Get<ConversationEngine>().Verbs.ToHashSet(StringComparer.Ordinal);

        // Act
        var used = Directory.EnumerateFiles(RepositoryPaths.Cards, "*.json")
            .SelectMany(file => Verbs(JsonNode.Parse(File.ReadAllText(file))).Select(verb => (File: Path.GetFileName(file), Verb: verb)))
            .ToList();

        // Assert
        Assert.Empty(used.Where(u => !declared.Contains(u.Verb)).Select(u => $"{u.File}: {u.Verb} has no handler"));
        Assert.Empty(declared.Where(v => used.All(u => u.Verb != v)).Select(v => $"{v} is handled but no card uses it"));
    }

    private static IEnumerable<string> Verbs(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["data"] is JsonObject data && data["verb"] is JsonValue verb && verb.TryGetValue<string>(out var value))
                {
                    yield return value;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var found in Verbs(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var found in Verbs(child))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
