using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Exports;
using AimsBot.Tests.Infrastructure;
using MiniExcelLibs;

namespace AimsBot.Tests.Controls;

public sealed class InventoryExportTests
{
    [Fact]
    public async Task Inventory_Export_Has_Every_System_In_Xlsx_And_Csv()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var store = chat.Get<IAiSystemStore>();
        for (var i = 1; i <= 3; i++)
        {
            store.Add(new AiSystem
            {
                Name = $"System {i}",
                Purpose = i == 2 ? "-1+1 \"quoted\", with comma" : "Triage",
                Role = OrganisationRole.Deployer,
                Source = SystemSource.Saas,
                Stage = LifecycleStage.InProduction,
                Approval = i == 3 ? ApprovalStatus.Approved : ApprovalStatus.Pending,
                BusinessOwnerName = "Megan Bowen",
                Jurisdictions = ["EU", "UK"],
                DataUses = [DataUse.Input, DataUse.Output],
                RegisteredAt = chat.Time.GetUtcNow().UtcDateTime,
            });
        }

        // Act
        var reply = Assert.Single(await chat.SayAsync("inventory export", TranscriptHarness.CommitteeMember));
        var refused = Assert.Single(await chat.SayAsync("inventory export", ControlChat.Owner));

        // Assert
        Assert.Equal("export-ready", reply.Card!.TemplateId);
        Assert.Equal("Only AIMS admins and committee members can export the inventory.", refused.Text);
        var facts = reply.Card.Data["summary"]!.AsArray().ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("3", facts["AI systems"]);
        Assert.Equal("2", facts["Pending approval"]);
        Assert.Equal("1", facts["Approved"]);
        var url = new Uri(reply.Card.Data["xlsxUrl"]!.GetValue<string>());
        var file = chat.Get<ExportLinks>().Resolve(url.AbsolutePath["/exports/".Length..])!;
        using var stream = new MemoryStream(file.Content);
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["AI-0001", "AI-0002", "AI-0003"], rows.Select(r => r["Id"].ToString()));
        Assert.All(rows, r => Assert.Equal(InventoryExportBuilder.Columns.Count, r.Count));
        Assert.Equal("-1+1 \"quoted\", with comma", rows[1]["Purpose"]);
        Assert.Equal("Deployer / user", rows[0]["Organisation's role"]);
        Assert.Equal("EU; UK", rows[0]["Jurisdictions"]);
        Assert.Equal("Input; Output", rows[0]["Data uses"]);
        Assert.Equal("Approved", rows[2]["Approval"]);
    }
}
