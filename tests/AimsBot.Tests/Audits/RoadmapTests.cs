using AimsBot.Core.Dialogs.Digest;
using AimsBot.Core.Governance;
using AimsBot.Core.Scheduling;
using AimsBot.Tests.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Audits;

public sealed class RoadmapTests
{
    [Fact]
    public async Task The_Roadmap_Shows_Phases_Derived_From_The_Records_And_Ticked_By_Admins()
    {
        // Arrange: started 5 October 2026, so 2 November is week 5; the internal audit held.
        using var chat = new TranscriptHarness();
        await chat.SayAsync("audit plan 2027-03-01", TranscriptHarness.Admin);
        await chat.SayAsync("audit AU-01 held", TranscriptHarness.Admin);

        // Act
        var refused = Assert.Single(await chat.SayAsync("roadmap done 1.2")).Text;
        var start = Assert.Single(await chat.SayAsync("roadmap start 2026-10-05", TranscriptHarness.Admin)).Text;
        var derived = Assert.Single(await chat.SayAsync("roadmap done 4.1", TranscriptHarness.Admin)).Text;
        var ticked = Assert.Single(await chat.SayAsync("roadmap done 1.2", TranscriptHarness.Admin)).Text;
        var shown = Assert.Single(await chat.SayAsync("roadmap")).Text!;
        var digest = chat.Get<DigestContent>().Committee(chat.Time.GetUtcNow()).Single(s => s.Title == "Roadmap").Lines;

        // Assert
        Assert.Equal("Only an AIMS admin can change the roadmap.", refused);
        Assert.Equal("The roadmap starts on 5 Oct 2026; week 24 ends on 21 Mar 2027.", start);
        Assert.StartsWith("4.1 Integrated internal audit held is worked out from the records", derived, StringComparison.Ordinal);
        Assert.Equal("1.2 Gap analysis of the ISMS against ISO/IEC 42001 (type gap): done.", ticked);
        Assert.Contains("started 5 Oct 2026, week 5 of 24", shown, StringComparison.Ordinal);
        Assert.Contains("- [x] 1.2 Gap analysis", shown, StringComparison.Ordinal);
        Assert.Contains("- [x] 4.1 Integrated internal audit held (from the records)", shown, StringComparison.Ordinal);
        Assert.Contains("- [ ] 4.2 Unified management review held (from the records)", shown, StringComparison.Ordinal);
        Assert.Equal("Phase 4 Integration and testing: 2 of 3 tasks done", digest[3]);
        Assert.Single(chat.Get<IAuditLog>().ForEntity("roadmap"), e => e.Action == "roadmap.changed" && e.After!.Contains("1.2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Task_Owner_Is_Told_Shown_And_Reminded_Before_The_Phase_Ends_Until_It_Is_Done()
    {
        // Arrange: started 5 October 2026, so phase 2 (weeks 5-8) ends on 30 November, four weeks from now.
        using var chat = new TranscriptHarness();
        var owner = TranscriptHarness.Person("policy-1", "Patti Fernandez");
        await chat.SayAsync("roadmap start 2026-10-05", TranscriptHarness.Admin);
        var planner = chat.Get<SchedulePlanner>();

        // Act
        var refused = Assert.Single(await ControlChat.SayWithMentionsAsync(chat, "roadmap owner 2.1 <at>Patti</at>", TranscriptHarness.CommitteeMember, owner)).Text;
        var owned = await ControlChat.SayWithMentionsAsync(chat, "roadmap owner 2.1 <at>Patti</at>", TranscriptHarness.Admin, owner);
        var shown = Assert.Single(await chat.SayAsync("roadmap")).Text!;
        var due = planner.Due(chat.Time.GetUtcNow().AddDays(24));
        await chat.SayAsync("roadmap done 2.1", TranscriptHarness.Admin);
        var afterDone = planner.Due(chat.Time.GetUtcNow().AddDays(24));

        // Assert
        Assert.Equal("Only an AIMS admin can change the roadmap.", refused);
        Assert.Contains(owned, r => r.RecipientUserKey == owner.Key && r.Text!.Contains("roadmap task 2.1", StringComparison.Ordinal));
        Assert.Contains("- [ ] 2.1 AI policy written and approved, owner Patti Fernandez", shown, StringComparison.Ordinal);
        var item = Assert.Single(due, i => i.Kind == RoadmapDueSource.Kind);
        Assert.Equal(("2.1", owner.Key, "7d"), (item.Subject, item.RecipientKey, item.Step));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), item.DueAt);
        Assert.DoesNotContain(afterDone, i => i.Kind == RoadmapDueSource.Kind);
    }
}
