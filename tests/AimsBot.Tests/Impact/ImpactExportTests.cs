using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Infrastructure;
using AimsBot.Tests.Risks;
using MiniExcelLibs;

namespace AimsBot.Tests.Impact;

/// <summary><c>impact export</c> and <c>impact export IA-0001</c> opened with the spreadsheet library and read row by row.</summary>
public sealed class ImpactExportTests
{
    [Fact]
    public async Task Impact_Export_Has_Every_Version_And_Every_Harm_Row_By_Row_In_Xlsx_And_Csv()
    {
        // Arrange: IA-0001 approved with a risk raised from its fairness harm, then IA-0002 re-assessing it
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        var system = ImpactChat.AddSystem(chat);
        await ImpactChat.DecideAsync(chat, await ImpactChat.AssessAsync(chat, system.Id), "Approved");
        var raised = chat.Get<RiskService>().Raise(RiskChat.Act(chat, RiskChat.Owner), RiskChat.Draft(3, 4, system.Id) with { ImpactAssessmentId = "IA-0001", ImpactHarm = "Fairness" });
        Assert.True(raised.Succeeded, raised.Message);
        await ImpactChat.AssessAsync(chat, system.Id);

        // Act
        var refused = Assert.Single(await chat.SayAsync("impact export", ImpactChat.Owner));
        var reply = Assert.Single(await chat.SayAsync("impact export", TranscriptHarness.Admin));
        var document = Assert.Single(await chat.SayAsync("impact export IA-0001", TranscriptHarness.CommitteeMember));

        // Assert: the register, one row per version
        Assert.Equal("Only AIMS admins and committee members can export impact assessments.", refused.Text);
        var xlsx = File(chat, reply.Card!.Data["xlsxUrl"]!.GetValue<string>());
        var rows = Rows(xlsx, "Impact assessments");
        Assert.Equal(["IA-0001", "IA-0002"], rows.Select(r => r["Id"]));
        Assert.All(rows, r => Assert.Equal(ImpactExportBuilder.Columns.Count, r.Count));
        Assert.Equal(("AI-0001", "CV screening assistant", "1", "", "IA-0002", "No"), (rows[0]["AI system"], rows[0]["AI system name"], rows[0]["Version"], rows[0]["Supersedes"], rows[0]["Superseded by"], rows[0]["Current"]));
        Assert.Equal(("2", "IA-0001", "", "Yes"), (rows[1]["Version"], rows[1]["Supersedes"], rows[1]["Superseded by"], rows[1]["Current"]));
        Assert.Equal("Fairness and non-discrimination; Transparency and explainability", rows[0]["Applicable dimensions"]);
        Assert.Equal("High", rows[0]["Highest harm level"]);
        Assert.Equal(("Proceed with conditions", "Quarterly bias report to the committee"), (rows[0]["Conclusion"], rows[0]["Conditions"]));
        Assert.Equal(("Approved", "Alex Wilber"), (rows[0]["Status"], rows[0]["Reviewed by"]));
        Assert.Equal(("In committee review", ""), (rows[1]["Status"], rows[1]["Reviewed by"]));
        Assert.Equal(("R-0001", ""), (rows[0]["Risks raised"], rows[1]["Risks raised"]));
        Assert.Equal(chat.Get<RiskMethod>().Stamp, rows[1]["Method version"]);

        // Assert: the harms, eight dimensions per version
        var harms = Rows(xlsx, "Harms");
        Assert.Equal(16, harms.Count);
        Assert.All(harms, r => Assert.Equal(ImpactExportBuilder.HarmColumns.Count, r.Count));
        var fairness = harms[0];
        Assert.Equal(("IA-0001", "1", "Fairness and non-discrimination", "Yes"), (fairness["Assessment"], fairness["Version"], fairness["Dimension"], fairness["Applies"]));
        Assert.Equal(("Women ranked lower for technical roles", "4", "3", "High", "Partly reversible", "R-0001"), (fairness["Potential harm"], fairness["Severity"], fairness["Likelihood"], fairness["Level"], fairness["Reversibility"], fairness["Risk raised"]));
        Assert.Equal(("Privacy and data protection", "No", "", ""), (harms[1]["Dimension"], harms[1]["Applies"], harms[1]["Severity"], harms[1]["Risk raised"]));
        Assert.Equal(("IA-0002", "Fairness and non-discrimination", ""), (harms[8]["Assessment"], harms[8]["Dimension"], harms[8]["Risk raised"]));

        // Assert: the CSV is the register
        var csv = System.Text.Encoding.UTF8.GetString(File(chat, reply.Card.Data["csvUrl"]!.GetValue<string>())).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("Id,AI system,AI system name,Version,Supersedes,Superseded by,Current,", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("IA-0001,AI-0001,CV screening assistant,1,,IA-0002,No,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("IA-0002,AI-0001,CV screening assistant,2,IA-0001,,Yes,", csv[2], StringComparison.Ordinal);

        // Assert: one assessment as a document, every answer a row
        var answers = Rows(File(chat, document.Card!.Data["xlsxUrl"]!.GetValue<string>()), "IA-0001").ToDictionary(r => r["Question"], r => r["Answer"], StringComparer.Ordinal);
        Assert.Equal("Ranks CVs so recruiters read the most relevant first", answers["Purpose and context"]);
        Assert.Equal("Applicants with disabilities", answers["Vulnerable groups"]);
        Assert.Equal("Yes", answers["Fairness and non-discrimination: applies"]);
        Assert.Equal("4, 3, High", answers["Fairness and non-discrimination: severity, likelihood, level"]);
        Assert.Equal("No", answers["Environment: applies"]);
        Assert.False(answers.ContainsKey("Environment: potential harm"));
    }

    private static byte[] File(TranscriptHarness chat, string url) =>
        chat.Get<ExportLinks>().Resolve(new Uri(url).AbsolutePath["/exports/".Length..])!.Content;

    /// <summary>A sheet's rows as column name to text (an empty cell is "").</summary>
    private static List<Dictionary<string, string>> Rows(byte[] xlsx, string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>()
            .Select(r => r.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "", StringComparer.Ordinal))];
    }
}
