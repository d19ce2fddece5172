using AimsBot.Core.Cards.BlockKit;
using AimsBot.Core.Cards;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Infrastructure;
using MiniExcelLibs;

namespace AimsBot.Tests.Risks;

public sealed class HeatmapAndExportTests
{
    [Fact]
    public async Task Heatmap_Counts_Active_Risks_Inherent_Next_To_Residual()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var system = RiskChat.AddSystem(chat, "Support chatbot");
        RiskChat.Raise(chat, 4, 3, system.Id);
        RiskChat.Raise(chat, 4, 3, system.Id);
        RiskChat.Treat(chat, RiskChat.Raise(chat, 5, 5, system.Id), 2, 2);
        RiskChat.Raise(chat, 1, 1);
        var closed = RiskChat.Raise(chat, 1, 1, system.Id);
        Assert.True(chat.Get<RiskService>().Close(RiskChat.Act(chat, RiskChat.Owner), closed.Id, "duplicate").Succeeded);

        // Act
        var all = Assert.Single(await chat.SayAsync("heatmap"));
        var one = Assert.Single(await chat.SayAsync("heatmap AI-0001"));
        var unknown = Assert.Single(await chat.SayAsync("heatmap AI-0042"));

        // Assert
        Assert.StartsWith("4 active risks", all.Card!.Data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("3 active risks", one.Card!.Data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Risk heat map · AI-0001 Support chatbot", one.Card.Data["title"]!.GetValue<string>());
        var inherent = one.Card.Data["grids"]![0]!["rows"]!.AsArray();
        var residual = one.Card.Data["grids"]![1]!["rows"]!.AsArray();

        // Rows: header, then likelihood 5 down to 1; cells: label, then impact 1 to 5.
        Assert.Equal("H 2", Cell(inherent, likelihood: 4, impact: 3));
        Assert.Equal("C 1", Cell(inherent, likelihood: 5, impact: 5));
        Assert.Equal("L ·", Cell(inherent, likelihood: 1, impact: 1));
        Assert.Equal("C ·", Cell(residual, likelihood: 5, impact: 5));
        Assert.Equal("L 1", Cell(residual, likelihood: 2, impact: 2));
        Assert.Equal("H 2", Cell(residual, likelihood: 4, impact: 3));
        Assert.StartsWith("L Low · M Medium · H High · C Critical", one.Card.Data["legend"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("There is no AI system “AI-0042”. Type **heatmap** for every risk, or **heatmap AI-0001** for one system.", unknown.Text);
    }

    [Fact]
    public async Task Heatmap_In_Slack_Is_A_Readable_Grid()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        RiskChat.Raise(chat, 4, 3);
        var reply = Assert.Single(await chat.SayAsync("heatmap"));
        var card = chat.Get<ICardTemplates>().Render(reply.Card!.TemplateId, reply.Card.Data);

        // Act
        var blocks = BlockKitRenderer.Message(card).Blocks;

        // Assert
        var grids = blocks.Select(b => b!["text"]?["text"]?.GetValue<string>() ?? "").Where(t => t.StartsWith("```", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, grids.Count);
        var lines = grids[0].Trim('`').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Likelihood \\ impact  Negligible  Minor  Moderate  Major  Severe", lines[0], StringComparison.Ordinal);
        Assert.Matches("^-+$", lines[1]);
        Assert.Equal("Likely               M ·         M ·    H 1       H ·    C ·", lines[3]);
    }

    [Fact]
    public async Task Risks_Export_Has_Every_Risk_In_Xlsx_And_Csv_Row_By_Row()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var system = RiskChat.AddSystem(chat, "Support chatbot");
        RiskChat.Raise(chat, 4, 3, system.Id, "=cmd|' /C calc'!A0");
        RiskChat.Treat(chat, RiskChat.Raise(chat, 5, 5, system.Id, "Hiring tool ranks women lower"), 2, 2, "A.6.2.6", "A.7.4");
        RiskChat.Raise(chat, 1, 1);

        // Act
        var refused = Assert.Single(await chat.SayAsync("risks export", RiskChat.Owner));
        var reply = Assert.Single(await chat.SayAsync("risks export", TranscriptHarness.Admin));

        // Assert
        Assert.Equal("Only AIMS admins and committee members can export the risk register.", refused.Text);
        Assert.Equal("export-ready", reply.Card!.TemplateId);
        var summary = RiskViewsTests.Facts(reply.Card.Data["summary"]!);
        Assert.Equal("3", summary["Risks"]);
        Assert.Equal("1 risk", summary["High"]);
        Assert.Equal("0 risks", summary["Critical"]);
        var rows = Rows(chat, reply.Card.Data["xlsxUrl"]!.GetValue<string>());
        Assert.Equal(["R-0001", "R-0002", "R-0003"], rows.Select(r => r["Id"]?.ToString()));
        Assert.All(rows, r => Assert.Equal(RiskExportBuilder.Columns.Count, r.Count));
        Assert.Equal("=cmd|' /C calc'!A0", rows[0]["Title"]);
        Assert.Equal("AI-0001", rows[0]["AI system"]);
        Assert.Equal("Support chatbot", rows[0]["AI system name"]);
        Assert.Equal("High", rows[0]["Level"]);
        Assert.Equal("Critical", rows[1]["Level"]);
        Assert.Equal("A.6.2.6; A.7.4", rows[1]["Treatment controls"]);
        Assert.Equal("Low", rows[1]["Residual level"]);
        Assert.Equal("Low", rows[1]["Level in force"]);
        Assert.Equal("Treated", rows[1]["Status"]);
        Assert.Equal("Lee Gu", rows[1]["Treatment owner"]);
        Assert.Equal(chat.Get<RiskMethod>().Stamp, rows[2]["Method version"]);
        Assert.Equal("", rows[2]["AI system"]?.ToString() ?? "");
        var csv = System.Text.Encoding.UTF8.GetString(File(chat, reply.Card.Data["csvUrl"]!.GetValue<string>()));
        var csvLines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, csvLines.Length);
        Assert.StartsWith("R-0001,'=cmd|' /C calc'!A0,AI-0001,Support chatbot,", csvLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_Table_Cell_Holding_Anything_But_Text_Cannot_Be_Shown_In_Slack()
    {
        // Arrange
        var card = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["type"] = "Table",
                ["rows"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                {
                    ["type"] = "TableRow",
                    ["cells"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                    {
                        ["type"] = "TableCell",
                        ["items"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["type"] = "Input.Text", ["id"] = "x" }),
                    }),
                }),
            }),
        };

        // Act + Assert
        var error = Assert.Throws<NotSupportedException>(() => BlockKitRenderer.Message(card));
        Assert.Contains("Input.Text", error.Message, StringComparison.Ordinal);
    }

    private static string Cell(System.Text.Json.Nodes.JsonArray rows, int likelihood, int impact) =>
        rows[6 - likelihood]!["cells"]![impact]!["text"]!.GetValue<string>();

    private static byte[] File(TranscriptHarness chat, string url) =>
        chat.Get<ExportLinks>().Resolve(new Uri(url).AbsolutePath["/exports/".Length..])!.Content;

    private static List<IDictionary<string, object>> Rows(TranscriptHarness chat, string url)
    {
        using var stream = new MemoryStream(File(chat, url));
        return [.. MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>()];
    }
}
