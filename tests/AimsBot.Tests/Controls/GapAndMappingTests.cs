using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Controls;

public sealed class GapAndMappingTests
{
    [Fact]
    public async Task Gap_Shows_Clauses_And_Controls_By_Reuse_With_Done_Counts()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.7.4", TranscriptHarness.Admin);
        await chat.SubmitAsync(card, ControlChat.Excluded("A.7.4", "No trained models."), TranscriptHarness.Admin);

        // Act
        var reply = Assert.Single(await chat.SayAsync("gap"));

        // Assert
        Assert.Equal("gap", reply.Card!.TemplateId);
        var kinds = reply.Card.Data["kinds"]!.AsArray();
        Assert.Equal(["Transfers from the ISMS", "Extends the ISMS", "New work"], kinds.Select(k => k!["label"]!.GetValue<string>()));
        Assert.Equal("2 clauses · 0 controls, 0 done", kinds[0]!["counts"]!.GetValue<string>());
        Assert.Equal("3 clauses · 31 controls, 0 done", kinds[1]!["counts"]!.GetValue<string>());
        Assert.Equal("8 clauses · 7 controls, 1 done", kinds[2]!["counts"]!.GetValue<string>());
        Assert.Contains("A.7.4 ✓", kinds[2]!["controls"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("1 of 38 Annex A controls done", reply.Card.Data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_Edits_Links_Which_Are_Audited_And_Shown_Both_Ways()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var edited = Assert.Single(await chat.SayAsync("mapping A.6.2.8 A.8.15, A.8.16", TranscriptHarness.Admin));
        var iso = Assert.Single(await chat.SayAsync("control A.8.16"));
        var reset = Assert.Single(await chat.SayAsync("mapping A.6.2.8 reset", TranscriptHarness.Admin));

        // Assert
        Assert.Equal("A.6.2.8 now builds on A.8.15, A.8.16. The change is in the audit log.", edited.Text);
        Assert.Contains(iso.Card!.Data["buildsOn"]!.AsArray(), f => f!["title"]!.GetValue<string>() == "A.6.2.8");
        Assert.Equal("A.6.2.8 is back to the shipped links: A.8.15.", reset.Text);
        Assert.Null(chat.Get<IControlStore>().Get("A.6.2.8").Iso27001Links);
        var audit = chat.Get<IAuditLog>().ForEntity("control:A.6.2.8");
        Assert.Equal(["control.links-edited", "control.links-edited"], audit.Select(a => a.Action));
        Assert.Contains("\"iso27001Links\":[\"A.8.15\",\"A.8.16\"]", audit[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_Links_The_Suggested_Physical_Controls_With_Add_And_Drops_One_With_Remove()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var shown = Assert.Single(await chat.SayAsync("mapping A.4.5", ControlChat.Owner));
        var card = Assert.Single(await chat.SayAsync("control A.4.5", ControlChat.Owner));

        // Act
        var added = Assert.Single(await chat.SayAsync("mapping A.4.5 add A.7.8 A.7.11", TranscriptHarness.Admin));
        var removed = Assert.Single(await chat.SayAsync("mapping A.4.5 remove A.8.6", TranscriptHarness.Admin));
        var after = Assert.Single(await chat.SayAsync("mapping A.4.5", ControlChat.Owner));
        var refused = Assert.Single(await chat.SayAsync("mapping A.4.5 add A.7.13", ControlChat.Owner));

        // Assert
        Assert.Contains("Also consider A.7.8 Equipment siting and protection, A.7.11 Supporting utilities, A.7.13 Equipment maintenance", shown.Text, StringComparison.Ordinal);
        Assert.Contains("**mapping A.4.5 add A.7.8 A.7.11 A.7.13**", shown.Text, StringComparison.Ordinal);
        Assert.Contains(card.Card!.Data["facts"]!.AsArray(), f => f!["title"]!.GetValue<string>() == "Also consider");
        Assert.Equal("A.4.5 now builds on A.5.9, A.8.6, A.7.8, A.7.11. The change is in the audit log.", added.Text);
        Assert.Equal("A.4.5 now builds on A.5.9, A.7.8, A.7.11. The change is in the audit log.", removed.Text);
        Assert.Contains("(edited by your organisation). Also consider A.7.13 Equipment maintenance", after.Text, StringComparison.Ordinal);
        Assert.Equal("Only an AIMS admin can edit the ISO 27001 links.", refused.Text);
        Assert.Equal(["A.5.9", "A.7.8", "A.7.11"], chat.Get<IControlStore>().Get("A.4.5").Iso27001Links!);
        var audit = chat.Get<IAuditLog>().ForEntity("control:A.4.5");
        Assert.Equal(2, audit.Count);
        Assert.Contains("\"iso27001Links\":[\"A.5.9\",\"A.8.6\",\"A.7.8\",\"A.7.11\"]", audit[0].After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mapping A.6.2.8 A.8.15", "user", "Only an AIMS admin can edit the ISO 27001 links.")]
    [InlineData("mapping A.6.2.8 A.8.99", "admin", "“A.8.99” is not an ISO 27001:2022 Annex A control")]
    [InlineData("mapping A.6.2.8 javascript:x", "admin", "is not an ISO 27001:2022 Annex A control")]
    [InlineData("mapping A.8.15 A.8.16", "admin", "Give the ISO/IEC 42001 control first")]
    [InlineData("mapping A.6.2.99 A.8.15", "admin", "There is no control")]
    [InlineData("mapping A.4.5 add", "admin", "Which ISO 27001 controls? For example **mapping A.4.5 add A.7.8**.")]
    [InlineData("mapping A.4.5 add A.7.8 A.7.99", "admin", "“A.7.99” is not an ISO 27001:2022 Annex A control")]
    public async Task Mapping_Refuses_Bad_Input_And_Changes_Nothing(string text, string who, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync(text, who == "admin" ? TranscriptHarness.Admin : ControlChat.Owner));

        // Assert
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(chat.Get<IControlStore>().All());
    }

    [Fact]
    public async Task Mapping_Without_Links_Shows_The_Current_Ones_To_Anyone()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync("mapping A.10.3", ControlChat.Owner));

        // Assert
        Assert.StartsWith("A.10.3 Suppliers builds on A.5.19 ", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("(the shipped starting point).", reply.Text, StringComparison.Ordinal);
    }
}
