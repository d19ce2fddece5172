using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Governance;

public sealed class EuAiActCategoriesTests
{
    [Fact]
    public void Shipped_Categories_Equal_The_Reference_Data_Row_By_Row()
    {
        // Arrange
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.ReferenceData, "eu-ai-act-categories.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => (Kind: cells[0], Id: cells[1], Name: cells[2]))
            .ToList();

        // Act
        var shipped = EuAiActCategories.All.Select(c => (c.Kind, c.Id, c.Name)).ToList();

        // Assert
        Assert.Equal(rows, shipped);
        Assert.True(EuAiActCategories.IsHighRisk("III.4"));
        Assert.False(EuAiActCategories.IsHighRisk("50(1)"));
    }

    [Theory]
    [InlineData("III.4", "High-risk: Employment and workers management (III.4)")]
    [InlineData("50(1)", "Limited risk (transparency obligations): Interacts with people (50(1))")]
    [InlineData("51-55", "General-purpose AI model (51-55)")]
    [InlineData("-", "Minimal risk")]
    public void A_Category_Reads_With_Its_Class_Named_Once(string id, string expected)
    {
        // Arrange
        var category = EuAiActCategories.Find(id)!;

        // Act
        var label = category.Label;

        // Assert
        Assert.Equal(expected, label);
    }
}
