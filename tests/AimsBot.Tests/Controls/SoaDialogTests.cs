using System.Text;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Tests.Infrastructure;
using MiniExcelLibs;

namespace AimsBot.Tests.Controls;

public sealed class SoaDialogTests
{
    private static async Task<TranscriptHarness> AnsweredAsync()
    {
        var chat = new TranscriptHarness();
        await ControlChat.AssignAsync(chat, "A.6.2.8 A.7.4", ControlChat.Owner);
        await ControlChat.AssignAsync(chat, "A.2.2", ControlChat.Stranger);
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner);
        var inputs = ControlChat.Applicable("A.6.2.8", "Planned", "2027-01-15");
        inputs["evidenceTitle"] = "=cmd|' /C calc'!A0";
        inputs["evidenceLocation"] = "https://contoso.example/logging";
        inputs["evidenceIso27001"] = "A.8.15";
        await chat.SubmitAsync(card, inputs, ControlChat.Owner);
        var second = await ControlChat.OpenAnswerCardAsync(chat, "A.7.4", ControlChat.Owner);
        await chat.SubmitAsync(second, ControlChat.Excluded("A.7.4", "We use no data-driven models, only rules."), ControlChat.Owner, "card-message-2");
        return chat;
    }

    private static ExportFile Download(TranscriptHarness chat, Reply reply, string key)
    {
        var url = new Uri(reply.Card!.Data[key]!.GetValue<string>());
        Assert.StartsWith("http://localhost:3978/exports/", url.AbsoluteUri, StringComparison.Ordinal);
        return chat.Get<ExportLinks>().Resolve(url.AbsolutePath["/exports/".Length..])!;
    }

    [Fact]
    public async Task Soa_Shows_Progress_Per_Objective_Owner_And_Overdue_Reviews()
    {
        // Arrange
        using var chat = await AnsweredAsync();
        chat.Time.Advance(TimeSpan.FromDays(400));

        // Act
        var reply = Assert.Single(await chat.SayAsync("soa"));

        // Assert
        var data = reply.Card!.Data;
        Assert.Equal("soa-progress", reply.Card.TemplateId);
        Assert.StartsWith("2/38 controls answered · 1 applicable, 1 excluded, 36 unanswered", data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        var owners = data["owners"]!.AsArray().ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("2/2", owners["Megan Bowen"]);
        Assert.Equal("0/1", owners["Joni Sherman"]);
        Assert.Equal("0/35", owners["No owner"]);
        Assert.Equal("0/2", data["objectives"]![4]!["value"]!.GetValue<string>());
        Assert.Equal("A.6 AI system life cycle › A.6.2 AI system life cycle", data["objectives"]![5]!["title"]!.GetValue<string>());
        Assert.Equal("1/7", data["objectives"]![5]!["value"]!.GetValue<string>());
        Assert.Equal(["A.6.2.8", "A.7.4"], data["overdue"]!.AsArray().Select(f => f!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Soa_Start_Sends_Each_Owner_Their_Unanswered_Controls_And_Names_The_Unowned()
    {
        // Arrange
        using var chat = await AnsweredAsync();
        await ControlChat.AssignAsync(chat, "A.3.2", ControlChat.Owner);

        // Act
        var replies = await chat.SayAsync("soa start", TranscriptHarness.Admin);
        var refused = Assert.Single(await chat.SayAsync("soa start", ControlChat.Owner));

        // Assert
        var toOwner = Assert.Single(replies, r => r.RecipientUserKey == ControlChat.Owner.Key);
        Assert.Equal(["A.3.2"], toOwner.Card!.Data["controls"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        var toStranger = Assert.Single(replies, r => r.RecipientUserKey == ControlChat.Stranger.Key);
        Assert.Equal(["A.2.2"], toStranger.Card!.Data["controls"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        var summary = Assert.Single(replies, r => r.RecipientUserKey is null);
        Assert.StartsWith("Sent 2 owners their unanswered controls (2 in all). 34 controls still have no owner: A.2.3, A.2.4,", summary.Text, StringComparison.Ordinal);
        Assert.Equal("Only an AIMS admin can start the SoA round.", refused.Text);
    }

    [Fact]
    public async Task Soa_Export_Gives_Xlsx_And_Csv_Links_With_Every_Control()
    {
        // Arrange
        using var chat = await AnsweredAsync();
        var catalogue = chat.Get<ControlCatalogue>();

        // Act
        var reply = Assert.Single(await chat.SayAsync("soa export", TranscriptHarness.Admin));
        var refused = Assert.Single(await chat.SayAsync("soa export", ControlChat.Owner));

        // Assert
        Assert.Equal("export-ready", reply.Card!.TemplateId);
        Assert.Equal("Only AIMS admins and committee members can export the Statement of Applicability.", refused.Text);
        var xlsx = Download(chat, reply, "xlsxUrl");
        Assert.Equal(XlsxExportWriter.ContentType, xlsx.ContentType);
        Assert.Equal("statement-of-applicability-draft-20261102-0900.xlsx", xlsx.FileName);
        using var stream = new MemoryStream(xlsx.Content);
        Assert.Equal(["Document control", "Statement of Applicability", "Evidence", "ISO 27001 links"], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Statement of Applicability").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(catalogue.Controls.Select(c => c.Id), rows.Select(r => r["Control"].ToString()));
        for (var i = 0; i < rows.Count; i++)
        {
            var control = catalogue.Controls[i];
            Assert.Equal(control.Title, rows[i]["Title"]);
            Assert.Equal(control.Objective.Label, rows[i]["Objective"]);
            Assert.Equal(control.Part?.Label ?? "", rows[i]["Sub-objective"]?.ToString() ?? "");
            Assert.Equal(string.Join("; ", control.Iso27001), rows[i]["Linked ISO 27001 controls"]?.ToString() ?? "");
            var expected = control.Id switch { "A.6.2.8" => "Applicable", "A.7.4" => "Excluded", _ => "Unanswered" };
            Assert.Equal(expected, rows[i]["Applicability"]);
        }

        var logging = rows.Single(r => (string)r["Control"] == "A.6.2.8");
        Assert.Equal("Risk treatment; Good practice", logging["Inclusion reasons"]);
        Assert.Equal("Treats the risk of unlogged model decisions.", logging["Justification for inclusion"]);
        Assert.Null(logging["Justification for exclusion"]);
        Assert.Equal("A.6.2 AI system life cycle", logging["Sub-objective"]);
        Assert.Equal("Planned", logging["Implementation status"]);
        Assert.Equal("2027-01-15", logging["Target date"]);
        Assert.Equal("Megan Bowen", logging["Owner"]);
        Assert.Equal("=cmd|' /C calc'!A0 (https://contoso.example/logging)", logging["Evidence"]);
        Assert.Equal("2026-11-02 09:00 UTC", logging["Changed at"]);
        var excluded = rows.Single(r => (string)r["Control"] == "A.7.4");
        Assert.Equal("We use no data-driven models, only rules.", excluded["Justification for exclusion"]);
        Assert.Null(excluded["Justification for inclusion"]);
        var evidence = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Evidence").Cast<IDictionary<string, object>>().Single();
        Assert.Equal("A.6.2.8", evidence["ISO 42001 controls"]);
        Assert.Equal("A.8.15", evidence["ISO 27001 controls"]);
        var links = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "ISO 27001 links").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(catalogue.Controls.Sum(c => c.Iso27001.Count), links.Count);

        var csv = Download(chat, reply, "csvUrl");
        var lines = Encoding.UTF8.GetString(csv.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(39, lines.Length);
        Assert.StartsWith("\uFEFFControl,Title,Objective,Sub-objective,Reuse,Applicability,Inclusion reasons,Justification for inclusion,Justification for exclusion,How it is implemented,", lines[0], StringComparison.Ordinal);
        Assert.Equal("statement-of-applicability-draft-20261102-0900.csv", csv.FileName);
        Assert.Contains("'=cmd|' /C calc'!A0 (https://contoso.example/logging)", lines.Single(l => l.StartsWith("A.6.2.8,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
