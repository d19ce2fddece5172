using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Governance.Soa;
using AimsBot.Tests.Infrastructure;
using AimsBot.Tests.Risks;
using MiniExcelLibs;

namespace AimsBot.Tests.Controls;

public sealed class SoaVersionTests
{
    private static readonly Dictionary<string, string?> Organisation = new()
    {
        ["Aims:Organisation"] = "Contoso Ltd",
        ["Aims:Scope"] = "AI systems used in customer service",
    };

    private static async Task<TranscriptHarness> AnsweredAsync()
    {
        var chat = new TranscriptHarness(Organisation);
        await ControlChat.AssignAsync(chat, "A.6.2.8 A.7.4", ControlChat.Owner);
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner);
        await chat.SubmitAsync(card, ControlChat.Applicable("A.6.2.8", "Planned", "2027-01-15"), ControlChat.Owner);
        return chat;
    }

    private static SoaVersion Approve(TranscriptHarness chat)
    {
        var versions = chat.Get<SoaVersions>();
        var committee = chat.Get<RoleResolver>().Resolve(TranscriptHarness.CommitteeMember);
        return versions.Freeze(versions.Draft(), ["Alex Wilber", "Lee Gu"], chat.Time.GetUtcNow(), "Adele Vance", committee);
    }

    private static async Task<(List<IDictionary<string, object>> Control, List<IDictionary<string, object>> Soa, string FileName)> ExportAsync(TranscriptHarness chat, string text)
    {
        var reply = Assert.Single(await chat.SayAsync(text, TranscriptHarness.Admin));
        Assert.Equal("export-ready", reply.Card!.TemplateId);
        var url = new Uri(reply.Card.Data["xlsxUrl"]!.GetValue<string>());
        var file = chat.Get<ExportLinks>().Resolve(url.AbsolutePath["/exports/".Length..])!;
        using var stream = new MemoryStream(file.Content);
        Assert.Equal("Document control", MiniExcel.GetSheetNames(stream)[0]);
        var control = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Document control").Cast<IDictionary<string, object>>().ToList();
        var soa = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Statement of Applicability").Cast<IDictionary<string, object>>().ToList();
        return (control, soa, file.FileName);
    }

    private static string Field(List<IDictionary<string, object>> control, string field) =>
        control.Single(r => (string)r["Field"] == field)["Value"]?.ToString() ?? "";

    [Fact]
    public async Task The_Risks_Treated_Column_Names_The_Risk_Ids_Per_Control_As_Captured_In_Each_Version()
    {
        // Arrange
        using var chat = new TranscriptHarness(Organisation);
        var first = RiskChat.Raise(chat, 4, 4);
        RiskChat.Treat(chat, first, 2, 2, "A.6.2.6");
        Approve(chat);
        var second = RiskChat.Raise(chat, 3, 3);
        Assert.True(chat.Get<RiskService>().PlanTreatment(RiskChat.Act(chat, RiskChat.Owner), second.Id, RiskChat.Treatment(2, 2, "A.6.2.6", "A.7.4")).Succeeded);

        // Act
        var (_, versionSoa, _) = await ExportAsync(chat, "soa export 1");
        var (_, draftSoa, _) = await ExportAsync(chat, "soa export");

        // Assert
        Assert.Equal("Risks treated", versionSoa[0].Keys.Last());
        Assert.Equal("R-0001", versionSoa.Single(r => (string)r["Control"] == "A.6.2.6")["Risks treated"]);
        Assert.Null(versionSoa.Single(r => (string)r["Control"] == "A.7.4")["Risks treated"]);
        Assert.Equal("R-0001; R-0002", draftSoa.Single(r => (string)r["Control"] == "A.6.2.6")["Risks treated"]);
        var treated = draftSoa.Single(r => (string)r["Control"] == "A.7.4");
        Assert.Equal("R-0002", treated["Risks treated"]);
        Assert.Equal("Risk treatment (R-0002)", treated["Inclusion reasons"]);
        Assert.Null(draftSoa.Single(r => (string)r["Control"] == "A.2.2")["Risks treated"]);
    }

    [Fact]
    public async Task A_Frozen_Version_Keeps_Its_Answers_While_Later_Answers_Change_Only_The_Draft()
    {
        // Arrange
        using var chat = await AnsweredAsync();
        var first = Approve(chat);
        chat.Time.Advance(TimeSpan.FromDays(30));
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner);
        await chat.SubmitAsync(card, ControlChat.Applicable("A.6.2.8"), ControlChat.Owner);
        var exclude = await ControlChat.OpenAnswerCardAsync(chat, "A.7.4", ControlChat.Owner);
        await chat.SubmitAsync(exclude, ControlChat.Excluded("A.7.4", "Rules only, no trained models."), ControlChat.Owner, "card-message-2");

        // Act
        var (versionControl, versionSoa, versionFile) = await ExportAsync(chat, "soa export 1");
        var (draftControl, draftSoa, draftFile) = await ExportAsync(chat, "soa export");
        var versions = Assert.Single(await chat.SayAsync("soa versions", ControlChat.Owner));
        var progress = Assert.Single(await chat.SayAsync("soa", ControlChat.Owner));

        // Assert
        Assert.Equal(1, first.Id);
        Assert.Equal("statement-of-applicability-v1-20261202-0900.xlsx", versionFile);
        Assert.Equal("statement-of-applicability-draft-20261202-0900.xlsx", draftFile);
        var frozen = versionSoa.Single(r => (string)r["Control"] == "A.6.2.8");
        Assert.Equal("Planned", frozen["Implementation status"]);
        Assert.Equal("Unanswered", versionSoa.Single(r => (string)r["Control"] == "A.7.4")["Applicability"]);
        var live = draftSoa.Single(r => (string)r["Control"] == "A.6.2.8");
        Assert.Equal("Implemented", live["Implementation status"]);
        Assert.Equal("The MLOps pipeline logs every prediction.", live["How it is implemented"]);
        Assert.Equal("Rules only, no trained models.", draftSoa.Single(r => (string)r["Control"] == "A.7.4")["Justification for exclusion"]);

        Assert.Equal("Contoso Ltd", Field(versionControl, "Organisation"));
        Assert.Equal("AI systems used in customer service", Field(versionControl, "AIMS scope"));
        Assert.Equal("1", Field(versionControl, "Version"));
        Assert.Equal("Alex Wilber, Lee Gu", Field(versionControl, "Approved by"));
        Assert.Equal("2026-11-02", Field(versionControl, "Approved on"));
        Assert.Equal("2026-12-02 09:00 UTC", Field(versionControl, "Generated at"));
        Assert.Equal("Adele Vance", Field(versionControl, "Generated by"));
        Assert.StartsWith("Approved 2026-11-02 by Alex Wilber, Lee Gu; requested by Adele Vance. First approved version: 1 applicable, 0 excluded, 37 unanswered.", Field(versionControl, "Version 1"), StringComparison.Ordinal);
        Assert.Equal("Draft (not approved); last approved version 1", Field(draftControl, "Version"));
        Assert.Equal("Not approved", Field(draftControl, "Approved by"));
        Assert.Equal("", Field(draftControl, "Approved on"));

        Assert.StartsWith("**Version 1** · approved 2026-11-02 (one month ago) by Alex Wilber, Lee Gu · requested by Adele Vance · First approved version", versions.Text, StringComparison.Ordinal);
        Assert.Contains("The draft has 2 changes since version 1.", versions.Text, StringComparison.Ordinal);
        Assert.Equal(["A.6.2.8: status Planned → Implemented", "A.7.4: Unanswered → Excluded; justification changed"], chat.Get<SoaVersions>().ChangesSinceApproved(chat.Get<SoaVersions>().Draft()));
        Assert.EndsWith(" · approved version 1 on 2026-11-02, 2 changes in the draft since", progress.Card!.Data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        var audit = Assert.Single(chat.Get<IAuditLog>().ForEntity("soa:v1"));
        Assert.Equal("soa.approved", audit.Action);
    }

    [Fact]
    public async Task The_Change_History_Lists_Every_Version_And_A_Version_Export_Stops_At_Its_Own()
    {
        // Arrange
        using var chat = await AnsweredAsync();
        Approve(chat);
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.6.2.8", ControlChat.Owner);
        await chat.SubmitAsync(card, ControlChat.Applicable("A.6.2.8"), ControlChat.Owner);
        var second = Approve(chat);

        // Act
        var (first, _, _) = await ExportAsync(chat, "soa export v1");
        var (latest, _, _) = await ExportAsync(chat, "soa export 2");

        // Assert
        Assert.Equal(2, second.Id);
        Assert.Equal(["A.6.2.8: status Planned → Implemented"], second.Changes);
        Assert.DoesNotContain(first, r => (string)r["Field"] == "Version 2");
        Assert.Equal("Approved 2026-11-02 by Alex Wilber, Lee Gu; requested by Adele Vance. 1 control changed: A.6.2.8: status Planned → Implemented.", Field(latest, "Version 2"));
    }

    [Theory]
    [InlineData("soa export 3", "There is no version “3”: no version has been approved yet. Type **soa export** for the draft.")]
    [InlineData("soa export latest", "There is no version “latest”: no version has been approved yet. Type **soa export** for the draft.")]
    [InlineData("soa versions", "No version of the Statement of Applicability has been approved yet; **soa export** gives the draft.")]
    public async Task Unknown_Versions_Get_A_Helpful_Reply(string text, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync(text, TranscriptHarness.Admin));

        // Assert
        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task An_Unknown_Version_Names_The_Ones_There_Are()
    {
        // Arrange
        using var chat = await AnsweredAsync();
        Approve(chat);

        // Act
        var reply = Assert.Single(await chat.SayAsync("soa export 9", TranscriptHarness.Admin));

        // Assert
        Assert.Equal("There is no version “9”. The approved versions are 1 to 1: type **soa export 1**, or **soa export** for the draft.", reply.Text);
    }
}
