using AimsBot.Core.Governance.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Controls;

/// <summary>The shipped catalogue, row by row, against the reference data in <c>../shared/data/*.tsv</c>.</summary>
public sealed class CatalogueReferenceTests
{
    private static readonly ControlCatalogue Catalogue = CatalogueLoader.LoadEmbedded();

    private static List<Dictionary<string, string>> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.ReferenceData, file)).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        return [.. lines.Skip(1).Select(l =>
        {
            var cells = l.Split('\t');
            Assert.Equal(header.Length, cells.Length);
            return header.Zip(cells).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
        })];
    }

    [Fact]
    public void Every_Iso42001_Control_Matches_The_Reference_Row_In_Order()
    {
        // Arrange
        var reference = Read("iso42001-2023-annex-a.tsv");

        // Assert
        Assert.Equal(reference.Count, Catalogue.Controls.Count);
        for (var i = 0; i < reference.Count; i++)
        {
            var (row, control) = (reference[i], Catalogue.Controls[i]);
            Assert.Equal(row["id"], control.Id);
            Assert.True(row["title"] == control.Title, $"{control.Id}: title '{control.Title}', reference '{row["title"]}'");
            Assert.True(row["objective"] == control.Objective.Label, $"{control.Id}: objective '{control.Objective.Label}', reference '{row["objective"]}'");
            Assert.Equal(row["iso27001_2022_counterparts"].Split(';', StringSplitOptions.RemoveEmptyEntries), control.Iso27001);
            Assert.Equal(row["reuse"], control.Reuse.ToString().ToLowerInvariant());
        }
    }

    [Fact]
    public void Every_Iso27001_Control_Matches_The_Reference_Row_In_Order()
    {
        // Arrange
        var reference = Read("iso27001-2022-annex-a.tsv");

        // Assert
        Assert.Equal(reference.Count, Catalogue.Iso27001.Count);
        for (var i = 0; i < reference.Count; i++)
        {
            var (row, control) = (reference[i], Catalogue.Iso27001[i]);
            Assert.Equal(row["id"], control.Id);
            Assert.True(row["title"] == control.Title, $"{control.Id}: title '{control.Title}', reference '{row["title"]}'");
            Assert.Equal(row["theme"], control.Theme);
        }
    }

    [Fact]
    public void The_Objectives_Are_Those_The_Reference_Names_And_A6_Has_Its_Two_Sub_Objectives()
    {
        // Arrange
        var reference = Read("iso42001-2023-annex-a.tsv").Select(r => r["objective"]).Distinct().ToList();

        // Assert
        Assert.Equal(reference, Catalogue.Objectives.Select(o => o.Label));
        var lifeCycle = Catalogue.FindObjective("A.6")!;
        Assert.Equal(["A.6.1 Management guidance for AI system development", "A.6.2 AI system life cycle"], lifeCycle.Parts.Select(p => p.Label));
        Assert.All(Catalogue.Controls, c => Assert.Equal(c.Objective.Id == "A.6" ? c.Id[..5] : null, c.Part?.Id));
        Assert.All(Catalogue.Objectives.Where(o => o.Id != "A.6"), o => Assert.Empty(o.Parts));
    }

    [Fact]
    public void Suggested_Physical_Links_Are_Beyond_The_Reference_Mapping_And_Never_In_Force_By_Default()
    {
        // Arrange
        var computing = Catalogue.Find("A.4.5")!;

        // Assert
        Assert.Equal(["A.7.8", "A.7.11", "A.7.13"], computing.SuggestedIso27001);
        Assert.All(Catalogue.Controls, c => Assert.Empty(c.SuggestedIso27001.Intersect(c.Iso27001)));
        Assert.All(Catalogue.Controls.SelectMany(c => c.SuggestedIso27001), l => Assert.Equal("Physical", Catalogue.FindIso27001(l)!.Theme));
    }
}
