using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Scheduling;
using AimsBot.Tests.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Audits;

public sealed class AuditProgrammeTests
{
    [Fact]
    public async Task Audit_Plan_Lays_Out_The_Three_Year_Integrated_Programme_From_Stage_1()
    {
        // Arrange: today is Monday 2 November 2026; Stage 1 on Monday 1 March 2027.
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync("audit plan 2027-03-01", TranscriptHarness.Admin));
        var events = chat.Get<IAuditProgrammeStore>().Events();

        // Assert
        Assert.StartsWith("Planned the integrated audit programme: 13 events", reply.Text, StringComparison.Ordinal);
        Assert.Equal(13, events.Count);
        Assert.Equal(["AU-01", "AU-02", "AU-03", "AU-04"], events.Take(4).Select(e => e.Id));
        Assert.Equal([AuditKind.InternalAudit, AuditKind.ManagementReview, AuditKind.Stage1, AuditKind.Stage2], events.Take(4).Select(e => e.Kind));
        Assert.Equal(new DateTime(2027, 1, 4, 0, 0, 0, DateTimeKind.Utc), events[0].StartsOn);
        Assert.Equal(new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc), events[2].StartsOn);
        Assert.Equal(new DateTime(2027, 4, 12, 0, 0, 0, DateTimeKind.Utc), events[3].StartsOn);
        Assert.Equal(2, events.Count(e => e.Kind == AuditKind.Surveillance));
        Assert.Equal(AuditKind.Recertification, events[^1].Kind);
        Assert.All(events, e => Assert.True(e.StartsOn.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), e.Id));
        Assert.True(events[^1].StartsOn < events[3].StartsOn.AddYears(3), "recertification before the certificate expires");
        Assert.Contains("9", events[0].Scope);
        Assert.Equal(["9.3"], events[1].Scope);
        Assert.Contains("A.10", events[0].Scope);
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("audit:programme"), e => e.Action == "audit.planned");
    }

    [Theory]
    [InlineData("audit plan 2027-02-30")]
    [InlineData("audit plan 2020-01-01")]
    [InlineData("audit plan soon")]
    public async Task A_Bad_Date_Plans_Nothing(string text)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync(text, TranscriptHarness.Admin));

        // Assert
        Assert.StartsWith("Give the planned Stage 1 date", reply.Text, StringComparison.Ordinal);
        Assert.Empty(chat.Get<IAuditProgrammeStore>().Events());
    }

    [Fact]
    public async Task Planning_Again_Keeps_Held_Audits_And_Replaces_The_Rest()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.SayAsync("audit plan 2027-03-01", TranscriptHarness.Admin);
        await chat.SayAsync("audit AU-01 held", TranscriptHarness.Admin);

        // Act
        var reply = Assert.Single(await chat.SayAsync("audit plan 2027-05-03", TranscriptHarness.Admin));
        var events = chat.Get<IAuditProgrammeStore>().Events();

        // Assert
        Assert.Contains("It replaces 12 planned audits", reply.Text, StringComparison.Ordinal);
        Assert.Equal(14, events.Count);
        Assert.NotNull(events.Single(e => e.Id == "AU-01").HeldAt);
        Assert.Equal("AU-16", events.Single(e => e.Kind == AuditKind.Stage1 && e.HeldAt is null).Id);
    }

    [Fact]
    public async Task Admins_Set_Lead_Dates_And_Scope_And_Others_Change_Nothing()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var lead = TranscriptHarness.Person("auditor-1", "Isaiah Langer");
        await chat.SayAsync("audit plan 2027-03-01", TranscriptHarness.Admin);

        // Act
        var refused = Assert.Single(await ControlChat.SayWithMentionsAsync(chat, "audit AU-01 lead <at>Isaiah</at>", TranscriptHarness.CommitteeMember, lead));
        var set = await ControlChat.SayWithMentionsAsync(chat, "audit AU-01 lead <at>Isaiah</at>", TranscriptHarness.Admin, lead);
        var badScope = Assert.Single(await chat.SayAsync("audit AU-01 scope 9.2 A.99", TranscriptHarness.Admin));
        var scope = Assert.Single(await chat.SayAsync("audit AU-01 scope 9.2, a6.2 27001:A.8.15 A.7", TranscriptHarness.Admin));
        var badDate = Assert.Single(await chat.SayAsync("audit AU-01 date 2027-01-20 2027-01-10", TranscriptHarness.Admin));
        var date = Assert.Single(await chat.SayAsync("audit AU-01 date 2027-01-18 2027-01-20", TranscriptHarness.Admin));
        var audit = chat.Get<IAuditProgrammeStore>().GetEvent("AU-01")!;
        var listing = Assert.Single(await chat.SayAsync("audits")).Text!;

        // Assert
        Assert.Equal("Only an AIMS admin can change an audit.", refused.Text);
        Assert.Contains(set, r => r.RecipientUserKey == lead.Key && r.Text!.Contains("lead auditor of AU-01", StringComparison.Ordinal));
        Assert.StartsWith("“A.99” is not a clause", badScope.Text, StringComparison.Ordinal);
        Assert.Equal("The scope of AU-01 is now 9.2, A.6.2, 27001:A.8.15, A.7.", scope.Text);
        Assert.StartsWith("Give the first day", badDate.Text, StringComparison.Ordinal);
        Assert.Equal("AU-01 is now on 18 Jan 2027 to 20 Jan 2027.", date.Text);
        Assert.Equal(lead.Key, audit.LeadAuditorKey);
        Assert.Equal(["9.2", "A.6.2", "27001:A.8.15", "A.7"], audit.Scope);
        Assert.Contains("**AU-01** Integrated internal audit (ISO 27001 + ISO 42001, full scope): 18 Jan 2027 to 20 Jan 2027, in 10 weeks, lead Isaiah Langer", listing, StringComparison.Ordinal);
        Assert.Equal(3, chat.Get<IAuditLog>().ForEntity("audit:AU-01").Count(e => e.Action == "audit.edited"));
    }

    [Fact]
    public async Task The_Checklist_Lists_Both_Standards_Owners_Answers_And_Shared_Evidence()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.SayAsync("audit plan 2027-03-01", TranscriptHarness.Admin);
        await chat.SayAsync("audit AU-01 scope 9.2 A.6.2.8 27001:A.5.1", TranscriptHarness.Admin);
        await ControlChat.AssignAsync(chat, "A.6.2.8", ControlChat.Owner);
        chat.Get<IEvidenceStore>().Save(new EvidenceItem { Title = "Log review procedure", Location = "https://wiki.example.com/logs", NormalizedLocation = "https://wiki.example.com/logs", Iso42001 = ["A.6.2.8"], Iso27001 = ["A.8.15"] });
        var audit = chat.Get<IAuditProgrammeStore>().GetEvent("AU-01")!;

        // Act
        var table = chat.Get<AuditChecklist>().Build(audit);

        // Assert
        Assert.Equal(["9.2", "A.6.2.8"], table.Rows.Take(2).Select(r => r[1]));
        Assert.Contains(table.Rows, r => r[1] == "27001:A.5.1");
        var control = table.Rows.Single(r => r[1] == "A.6.2.8");
        Assert.Equal(ControlChat.Owner.DisplayName, control[3]);
        Assert.Contains("27001:A.8.15", control[8], StringComparison.Ordinal);
        Assert.Contains("Log review procedure", control[10], StringComparison.Ordinal);
        Assert.Contains("Log review procedure", table.Rows.Single(r => r[1] == "27001:A.8.15")[10], StringComparison.Ordinal);
        Assert.Equal("", table.Rows.Single(r => r[1] == "27001:A.5.1")[10]);
    }

    [Fact]
    public async Task Audit_Dates_Remind_The_Lead_Auditor_Or_The_Committee()
    {
        // Arrange: a committee member and an admin the bot knows; Stage 1 in 20 days.
        using var chat = new TranscriptHarness();
        await chat.SayAsync("help", TranscriptHarness.CommitteeMember);
        await chat.SayAsync("audit plan 2026-11-23", TranscriptHarness.Admin);
        var planner = chat.Get<SchedulePlanner>();
        var now = chat.Time.GetUtcNow();

        // Act
        var due = planner.Due(now).Where(i => i.Kind == AuditDueSource.EventKind).ToList();

        // Assert: the internal audit (lapsed: planned in the past) reaches the admins, Stage 1 (30 days step) the committee.
        Assert.Contains(due, i => i.Subject == "AU-01" && i.RecipientKey == TranscriptHarness.Admin.Key && i.Step == ReminderSteps.Lapsed);
        Assert.Contains(due, i => i.Subject == "AU-03" && i.RecipientKey == TranscriptHarness.CommitteeMember.Key && i.Step == "30d");
        Assert.DoesNotContain(due, i => i.Subject == "AU-04");
    }
}
