using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Cards;

public sealed class FileCardTemplatesTests
{
    [Fact]
    public void Render_Binds_A_Template_From_The_Cards_Folder()
    {
        // Arrange
        var templates = new FileCardTemplates(RepositoryPaths.Cards);

        // Act
        var card = templates.Render("notice", new JsonObject { ["title"] = "Saved", ["lines"] = new JsonArray("one", "two") });

        // Assert
        Assert.Contains("notice", templates.TemplateIds);
        Assert.Equal("""[{"type":"TextBlock","text":"Saved","size":"Large","weight":"Bolder","color":"Default","wrap":true},{"type":"Container","items":[{"type":"TextBlock","text":"one","wrap":true},{"type":"TextBlock","text":"two","wrap":true}]}]""", card["body"]!.ToJsonString());
    }

    [Fact]
    public void Constructor_Rejects_A_Template_With_An_Unsupported_Expression()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("aimsbot-cards-").FullName;
        File.WriteAllText(Path.Combine(folder, "bad.json"), """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"${formatDateTime(due)}"}]}""");

        // Act
        var failure = Assert.Throws<InvalidDataException>(() => new FileCardTemplates(folder));

        // Assert
        Assert.Contains("'bad'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("formatDateTime", failure.Message, StringComparison.Ordinal);
    }
}
