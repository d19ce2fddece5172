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
    [InlineData("A.2.2", "A.2.5", "Control 'A.2.5' is outside the numbering of A.2 (A.2.2 to A.2.4).")]
    [InlineData("A.2.2", "A.2.1", "Control 'A.2.1' is outside the numbering of A.2 (A.2.2 to A.2.4).")]
    [InlineData("A.6.1.2", "A.6.1.4", "Control 'A.6.1.4' is outside the numbering of A.6.1 (A.6.1.2 to A.6.1.3).")]
    [InlineData("A.6.2.8", "A.6.3.2", "Control 'A.6.3.2' is not numbered under a sub-objective of A.6 (A.6.1, A.6.2).")]
    [InlineData("A.10.4", "A.10.9", "Control 'A.10.9' is outside the numbering of A.10 (A.10.2 to A.10.4).")]
    public void Validator_Refuses_An_Id_Outside_Its_Objectives_Numbering(string id, string renamed, string expected)
    {
        // Arrange
        var document = Shipped();
        document["controls"]!.AsArray().Single(c => (string)c!["id"]! == id)!["id"] = renamed;

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Load(document));

        // Assert
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_Refuses_Iso27001_Theme_Counts_Other_Than_37_8_14_34()
    {
        // Arrange
        var document = Shipped();
        document["iso27001"]!.AsArray().Single(c => (string)c!["id"]! == "A.7.6")!["theme"] = "Technological";

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Load(document));

        // Assert
        Assert.Contains("Expected 14 ISO/IEC 27001 controls in theme Physical, found 13.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Expected 34 ISO/IEC 27001 controls in theme Technological, found 35.", error.Message, StringComparison.Ordinal);
        Assert.Contains("ISO/IEC 27001 control 'A.7.6' is outside A.7 Physical (A.7.1 to A.7.14) or has theme 'Technological'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_Refuses_An_Extend_Control_Without_Links_But_Accepts_A_New_One()
    {
        // Arrange
        var extend = Shipped();
        extend["controls"]![0]!["iso27001"] = new JsonArray();
        var asNew = Shipped();
        asNew["controls"]![0]!["iso27001"] = new JsonArray();
        asNew["controls"]![0]!["reuse"] = "new";

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Load(extend));
        var loaded = Load(asNew);

        // Assert
        Assert.Contains("Control 'A.2.2' extends the ISMS but links no ISO/IEC 27001 control; link the controls it builds on or mark it new.", error.Message, StringComparison.Ordinal);
        Assert.Empty(loaded.Find("A.2.2")!.Iso27001);
    }

    [Fact]
    public void Validator_Refuses_Missing_Sub_Objectives_And_Bad_Suggested_Links()
    {
        // Arrange
        var document = Shipped();
        document["objectives"]!.AsArray().Single(o => (string)o!["id"]! == "A.6")!["parts"] = new JsonArray();
        document["objectives"]![0]!["parts"] = new JsonArray(new JsonObject { ["id"] = "A.2.1", ["title"] = "Invented" });
        var computing = document["controls"]!.AsArray().Single(c => (string)c!["id"]! == "A.4.5")!;
        computing["suggestedIso27001"] = new JsonArray("A.7.99", "A.8.6");

        // Act
        var error = Assert.Throws<InvalidDataException>(() => Load(document));

        // Assert
        Assert.Contains("Objective 'A.6' must have the sub-objectives A.6.1 and A.6.2, each with a title.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Objective 'A.2' has no sub-objectives in ISO/IEC 42001, but the catalogue gives it some.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Control 'A.4.5' links ISO/IEC 27001 control 'A.7.99', which is not in the catalogue.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Duplicate Control 'A.4.5' link id 'A.8.6'.", error.Message, StringComparison.Ordinal);
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
