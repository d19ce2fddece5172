using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Risks;

public sealed class RiskMethodTests
{
    [Theory]
    [InlineData(1, 1, "Low")]
    [InlineData(3, 3, "Medium")]
    [InlineData(4, 3, "High")]
    [InlineData(5, 5, "Critical")]
    [InlineData(1, 5, "Medium")]
    public void Default_Matrix_Gives_The_Shipped_Levels(int likelihood, int impact, string level)
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var method = chat.Get<RiskMethod>();

        // Act
        var found = method.LevelOf(likelihood, impact);

        // Assert
        Assert.Equal(level, found.Name);
    }

    [Fact]
    public void Default_Method_Has_The_Shipped_Criteria_And_Review_Periods()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var method = chat.Get<RiskMethod>();

        // Assert
        Assert.Equal(["Rare", "Unlikely", "Possible", "Likely", "Almost certain"], method.Likelihood.Select(l => l.Name));
        Assert.Equal(["Negligible", "Minor", "Moderate", "Major", "Severe"], method.Impact.Select(l => l.Name));
        Assert.All(method.Likelihood.Concat(method.Impact), l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
        Assert.Equal([24, 12, 6, 3], method.Levels.Select(l => l.ReviewMonths));
        Assert.Equal([AcceptanceAuthority.Owner, AcceptanceAuthority.Owner, AcceptanceAuthority.Committee, AcceptanceAuthority.NotAcceptable], method.Levels.Select(l => l.Acceptance));
        Assert.Equal(3, method.FirstRankAboveOwner);
        Assert.StartsWith("1 (", method.Stamp, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_And_Criteria_Come_From_Configuration()
    {
        // Arrange: a 3 x 3 method with two levels, named "2026-a".
        using var chat = new TranscriptHarness(ThreeByThree());
        using var defaults = new TranscriptHarness();
        var method = chat.Get<RiskMethod>();

        // Assert
        Assert.Equal(3, method.Likelihood.Count);
        Assert.Equal("Fine", method.LevelOf(2, 2).Name);
        Assert.Equal("Bad", method.LevelOf(3, 2).Name);
        Assert.Equal(AcceptanceAuthority.Committee, method.FindLevel("bad")!.Acceptance);
        Assert.StartsWith("2026-a (", method.Stamp, StringComparison.Ordinal);
        Assert.NotEqual(defaults.Get<RiskMethod>().Stamp, method.Stamp);
    }

    [Fact]
    public void Changing_The_Matrix_Changes_The_Stamp_Even_With_The_Same_Version()
    {
        // Arrange
        var changed = ThreeByThree();
        changed["Risk:Matrix:2"] = "Bad, Bad, Bad";

        // Act
        using var first = new TranscriptHarness(ThreeByThree());
        using var second = new TranscriptHarness(changed);

        // Assert
        Assert.NotEqual(first.Get<RiskMethod>().Stamp, second.Get<RiskMethod>().Stamp);
        Assert.StartsWith("2026-a (", second.Get<RiskMethod>().Stamp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Risk:Matrix:2", "Fine, Bad", "Risk:Matrix:2 must name one level per impact level (3)")]
    [InlineData("Risk:Matrix:2", "Fine, Bad, Awful", "names “Awful”, which is not one of Risk:Levels")]
    [InlineData("Risk:Matrix:2", "Bad, Fine, Bad", "a level must never fall as either rises")]
    [InlineData("Risk:Levels:0:Acceptance", "Committee", "at least one level the risk owner may accept")]
    [InlineData("Risk:Levels:1:ReviewMonths", "0", "Risk:Levels:1:ReviewMonths must be between 1 and 60")]
    [InlineData("Risk:Likelihood:1:Description", "", "Risk:Likelihood:1:Description must be a plain description")]
    [InlineData("Risk:Version", "", "Risk:Version must be a short name")]
    public void A_Broken_Method_Is_Refused_At_Start_Naming_The_Setting(string key, string value, string message)
    {
        // Arrange
        var settings = ThreeByThree();
        settings[key] = value;
        using var chat = new TranscriptHarness(settings);

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => chat.Get<IOptions<RiskOptions>>().Value);

        // Assert
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Off_Scale_Values_Are_Not_In_The_Scale()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var method = chat.Get<RiskMethod>();

        // Assert
        Assert.False(method.IsLikelihood(0));
        Assert.False(method.IsImpact(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => method.LevelOf(6, 1));
    }

    internal static Dictionary<string, string?> ThreeByThree() => new()
    {
        ["Risk:Version"] = "2026-a",
        ["Risk:Likelihood:0:Name"] = "Seldom",
        ["Risk:Likelihood:0:Description"] = "Hardly ever.",
        ["Risk:Likelihood:1:Name"] = "Sometimes",
        ["Risk:Likelihood:1:Description"] = "Now and then.",
        ["Risk:Likelihood:2:Name"] = "Often",
        ["Risk:Likelihood:2:Description"] = "All the time.",
        ["Risk:Impact:0:Name"] = "Small",
        ["Risk:Impact:0:Description"] = "A nuisance.",
        ["Risk:Impact:1:Name"] = "Medium",
        ["Risk:Impact:1:Description"] = "Harm that heals.",
        ["Risk:Impact:2:Name"] = "Large",
        ["Risk:Impact:2:Description"] = "Lasting harm.",
        ["Risk:Levels:0:Name"] = "Fine",
        ["Risk:Levels:0:Acceptance"] = "Owner",
        ["Risk:Levels:0:ReviewMonths"] = "12",
        ["Risk:Levels:1:Name"] = "Bad",
        ["Risk:Levels:1:Acceptance"] = "Committee",
        ["Risk:Levels:1:ReviewMonths"] = "3",
        ["Risk:Matrix:0"] = "Fine, Fine, Fine",
        ["Risk:Matrix:1"] = "Fine, Fine, Bad",
        ["Risk:Matrix:2"] = "Fine, Bad, Bad",
    };
}
