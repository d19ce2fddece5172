using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Tests.Controls;

public sealed class CatalogueTests
{
    private static JsonObject Shipped()
    {
        using var stream = typeof(CatalogueLoader).Assembly.GetManifestResourceStream(CatalogueLoader.ResourceName)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static ControlCatalogue Load(JsonObject document) =>
        CatalogueLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(document.ToJsonString())));

    [Fact]
    public void Shipped_Catalogue_Loads_With_All_Controls_And_Resolving_Links()
    {
        // Act
        var catalogue = CatalogueLoader.LoadEmbedded();

        // Assert
        Assert.Equal(38, catalogue.Controls.Count);
        Assert.Equal(93, catalogue.Iso27001.Count);
        Assert.Equal(9, catalogue.Objectives.Count);
        Assert.Equal([3, 2, 5, 4, 9, 5, 4, 3, 3], catalogue.Objectives.Select(o => catalogue.Controls.Count(c => c.Objective == o)));
        Assert.All(catalogue.Controls, c => Assert.All(c.Iso27001, link => Assert.NotNull(catalogue.FindIso27001(link))));
        Assert.All(catalogue.Controls, c => Assert.InRange(c.Questions.Count, 2, 4));
        Assert.All(catalogue.Controls, c => Assert.All(c.Questions, q => Assert.EndsWith("?", q, StringComparison.Ordinal)));
        var logging = catalogue.Find("A.6.2.8")!;
        Assert.Equal("AI system recording of event logs", logging.Title);
        Assert.Equal(["A.8.15"], logging.Iso27001);
        Assert.Equal(ReuseKind.Extend, logging.Reuse);
        Assert.Equal(ReuseKind.New, catalogue.Find("A.5.5")!.Reuse);
        Assert.Empty(catalogue.Find("A.5.5")!.Iso27001);
        Assert.Equal("Logging", catalogue.FindIso27001("A.8.15")!.Title);
        Assert.Equal(7, catalogue.Controls.Count(c => c.Reuse == ReuseKind.New));
        Assert.Contains(catalogue.Clauses, c => c.Clause == "6.1.4" && c.Kind == ReuseKind.New);
    }

    [Fact]
    public void Loader_Refuses_A_Catalogue_Missing_A_Control()
    {
        // Arrange
        var document = Shipped();
        document["controls"]!.AsArray().RemoveAt(5);

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Load(document));

        // Assert
        Assert.Contains("Expected 38 ISO/IEC 42001 controls, found 37.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Expected 5 controls in objective A.4, found 4.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_Refuses_A_Link_That_Does_Not_Resolve_And_A_Duplicate_Id()
    {
        // Arrange
        var document = Shipped();
        var controls = document["controls"]!.AsArray();
        controls[0]!["iso27001"] = new JsonArray("A.5.1", "A.9.99");
        controls[1]!["id"] = "A.2.2";

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Load(document));

        // Assert
        Assert.Contains("Control 'A.2.2' links ISO/IEC 27001 control 'A.9.99', which is not in the catalogue.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Duplicate ISO/IEC 42001 control id 'A.2.2'.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reuse", "maybe", "has reuse 'maybe'")]
    [InlineData("objective", "A.3", "is not numbered under its objective A.3")]
    [InlineData("objective", "A.11", "names objective 'A.11'")]
    public void Loader_Refuses_A_Control_With_A_Bad_Field(string field, string value, string expected)
    {
        // Arrange
        var document = Shipped();
        document["controls"]![0]![field] = value;

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Load(document));

        // Assert
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_Refuses_Too_Few_Questions_A_Missing_Iso27001_Control_And_Bad_Json()
    {
        // Arrange
        var document = Shipped();
        document["controls"]![3]!["questions"] = new JsonArray("Only one?");
        document["iso27001"]!.AsArray().RemoveAt(0);

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Load(document));
        var json = Assert.Throws<InvalidDataException>(() => CatalogueLoader.Load(new MemoryStream("{ \"controls\": [ }"u8.ToArray())));

        // Assert
        Assert.Contains("Control 'A.3.2' needs 2 to 4 guidance questions.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Expected 93 ISO/IEC 27001 controls, found 92.", error.Message, StringComparison.Ordinal);
        Assert.Contains("links ISO/IEC 27001 control 'A.5.1'", error.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(json.InnerException);
    }

    [Theory]
    [InlineData("A.6.2.8", "A.6.2.8", null)]
    [InlineData("a6.2.8", "A.6.2.8", null)]
    [InlineData("6.2.8", "A.6.2.8", null)]
    [InlineData("27001:A.8.15", "A.8.15", ControlStandard.Iso27001)]
    [InlineData("iso 27001 a.7.4", "A.7.4", ControlStandard.Iso27001)]
    [InlineData("42001:A.7.4", "A.7.4", ControlStandard.Iso42001)]
    public void ControlId_Parses_The_Ways_People_Type_Ids(string typed, string id, ControlStandard? standard)
    {
        // Act
        var parsed = ControlId.TryParse(typed, out var actual, out var actualStandard);

        // Assert
        Assert.True(parsed);
        Assert.Equal(id, actual);
        Assert.Equal(standard, actualStandard);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A.")]
    [InlineData("A.6.2.8.1")]
    [InlineData("logging")]
    [InlineData("A.6.2.8; drop")]
    public void ControlId_Refuses_Malformed_Ids(string typed) => Assert.False(ControlId.TryParse(typed, out _, out _));

    [Fact]
    public void Closest_Suggests_Nearby_Ids_Of_Both_Standards()
    {
        // Arrange
        var catalogue = CatalogueLoader.LoadEmbedded();

        // Act
        var near42001 = catalogue.Closest("A.6.2.9");
        var near27001 = catalogue.Closest("A.8.3.4");

        // Assert
        Assert.Contains("A.6.2.8", near42001);
        Assert.Contains(near27001, s => s.StartsWith("27001:A.8.3", StringComparison.Ordinal) || s == "A.8.3");
    }
}
