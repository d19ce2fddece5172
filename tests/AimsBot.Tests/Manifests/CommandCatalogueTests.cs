using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Manifests;

/// <summary>
/// The Teams command menu and the Slack usage hint come from the command catalogue: the commands the dialogs
/// declare with a <see cref="CommandInfo.Menu"/> line, in the engine's order. Change the catalogue, then copy
/// the list this test prints into the manifests.
/// </summary>
public sealed class CommandCatalogueTests
{
    private static IReadOnlyList<CommandInfo> MenuCommands()
    {
        using var chat = new TranscriptHarness();
        return [.. chat.Get<ConversationEngine>().Commands.Where(c => c.Menu is not null)];
    }

    [Fact]
    public void The_Menu_Has_The_Ten_Commands_That_Matter_Each_Shown_In_Help()
    {
        // Act
        var menu = MenuCommands();

        // Assert
        Assert.Equal(10, menu.Count);
        Assert.All(menu, c => Assert.False(c.Hidden || c.AdminOnly, $"{c.Name} is in the menu but not in everyone's help"));
        Assert.All(menu, c => Assert.InRange(c.Menu!.Length, 1, 128));
        Assert.Equal(menu.Count, menu.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Teams_Manifest_Lists_The_Catalogue_Menu_In_Every_Scope()
    {
        // Arrange
        var expected = MenuCommands().Select(c => new JsonObject { ["title"] = c.Name, ["description"] = c.Menu }).ToList();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Manifests, "teams", "manifest.json")))!;

        // Act
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();

        // Assert
        Assert.All(lists, list => Assert.True(
            JsonNode.DeepEquals(new JsonArray([.. expected.Select(e => e.DeepClone())]), list!["commands"]),
            "manifests/teams/manifest.json commands must be:\n" + new JsonArray([.. expected.Select(e => e.DeepClone())]).ToJsonString()));
    }

    [Fact]
    public void Slack_Usage_Hint_Lists_The_Catalogue_Menu()
    {
        // Arrange
        var expected = string.Join(" | ", MenuCommands().Select(c => c.Name));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Manifests, "slack", "manifest.json")))!;

        // Act
        var hint = manifest["features"]!["slash_commands"]![0]!["usage_hint"]!.GetValue<string>();

        // Assert
        Assert.Equal(expected, hint);
    }
}
