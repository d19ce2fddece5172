using System.Text;
using AimsBot.Core.Cards;

namespace AimsBot.Tests.Core.Cards;

/// <summary>
/// Every template in <c>cards/</c>: has sample data, binds exactly as the reference engine binds it, is a
/// valid Adaptive Card 1.5 for the official SDK, and keeps the AimsBot card conventions.
/// </summary>
public sealed class CardTemplateTests(CardSamplesFixture fixture) : IClassFixture<CardSamplesFixture>
{
    public static TheoryData<string> TemplateIds => [.. CardSamples.TemplateIds];

    public static TheoryData<string> SampleNames => [.. CardSamples.SampleNames];

    [Fact]
    public void Cards_Folder_Has_Templates() => Assert.NotEmpty(CardSamples.TemplateIds);

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Template_Is_A_Card_1_5_With_Sample_Data(string id)
    {
        // Act
        var template = CardSamples.LoadTemplate(id);

        // Assert
        Assert.Equal("AdaptiveCard", template["type"]?.GetValue<string>());
        Assert.Equal(CardElements.Version, template["version"]?.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(CardSamples.SamplesDirectory, id + ".json")), $"cards/samples/{id}.json is missing");
        TemplateBinder.Compile(template);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_Belongs_To_A_Template(string sampleName) =>
        Assert.Contains(CardSamples.TemplateIdOf(sampleName), CardSamples.TemplateIds);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Bound_Sample_Matches_Reference_Engine(string sampleName)
    {
        // Arrange
        var result = fixture.Results[sampleName];

        // Assert
        Assert.True(result.Expected.Error is null, $"the reference engine cannot bind {sampleName}: {result.Expected.Error}");
        Assert.True(result.BindFailure is null, $"the binder cannot bind {sampleName}: {result.BindFailure}");
        Assert.Equal(CanonicalJson.Write(result.Expected.Card), CanonicalJson.Write(result.Card));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Bound_Sample_Is_A_Valid_Adaptive_Card_1_5(string sampleName)
    {
        // Arrange
        var result = fixture.Results[sampleName];

        foreach (var warning in result.ValidationWarnings)
        {
            TestContext.Current.TestOutputHelper?.WriteLine("SDK warning: " + warning);
        }

        // Assert
        Assert.NotNull(result.Card);
        Assert.Equal(CardElements.Version, result.Card["version"]?.GetValue<string>());
        Assert.True(result.ValidationErrors.Count == 0, $"{sampleName}: {string.Join("; ", result.ValidationErrors)}");
        Assert.True(Encoding.Unicode.GetByteCount(result.Card.ToJsonString()) <= 28 * 1024, $"{sampleName} is over 28 KB (UTF-16)");
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Bound_Sample_Leaves_No_Expression_Unbound(string sampleName)
    {
        // Arrange
        var result = fixture.Results[sampleName];

        // Assert
        Assert.NotNull(result.Card);
        Assert.Empty(CardLint.LeftoverExpressions(result.Card));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Bound_Sample_Keeps_Card_Conventions(string sampleName)
    {
        // Arrange
        var card = fixture.Results[sampleName].Card;
        Assert.NotNull(card);

        // Act
        var problems = CardLint.CheckTypes(card).Concat(CardLint.CheckSubmitData(card)).Concat(CardLint.CheckInputs(card));

        // Assert
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Template_Uses_Only_Supported_Elements_And_Actions(string id)
    {
        // Arrange
        var template = CardSamples.LoadTemplate(id);

        // Act
        var problems = CardLint.CheckTypes(template).Concat(CardLint.CheckSubmitData(template));

        // Assert
        Assert.Empty(problems);
    }
}
