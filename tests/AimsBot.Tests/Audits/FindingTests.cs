using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Digest;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Scheduling;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Audits;

public sealed class FindingTests
{
    private static Dictionary<string, string> Inputs(string reference = "a.6.2.8", string dueDate = "2026-11-20") => new()
    {
        ["verb"] = "finding-new/next",
        ["kind"] = "Nonconformity",
        ["reference"] = reference,
        ["description"] = "Event logs of the triage model are not reviewed.",
        ["owner"] = "Megan Bowen",
        ["action"] = "Weekly log review with a named reviewer.",
        ["dueDate"] = dueDate,
    };

    private static async Task<Reply> OpenFormAsync(TranscriptHarness chat)
    {
        await chat.SayAsync("help");
        await chat.SayAsync("audit plan 2027-03-01", TranscriptHarness.Admin);
        return Assert.Single(await chat.SayAsync("finding new AU-01", TranscriptHarness.Admin));
    }

    [Fact]
    public async Task A_Finding_Is_Recorded_On_The_Form_Its_Owner_Told_And_Reminded_Until_Closed()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var card = await OpenFormAsync(chat);

        // Act
        var invalid = Assert.Single(await chat.SubmitAsync(card, Inputs(reference: "A.99", dueDate: "2026-10-01"), TranscriptHarness.Admin));
        var saved = await chat.SubmitAsync(card, Inputs(), TranscriptHarness.Admin);
        var again = await chat.SubmitAsync(card, Inputs(), TranscriptHarness.Admin);
        var finding = Assert.Single(chat.Get<IAuditProgrammeStore>().Findings());
        var dueBefore = chat.Get<SchedulePlanner>().Due(chat.Time.GetUtcNow());
        var mine = Assert.Single(await chat.SayAsync("findings mine")).Text!;
        var refused = Assert.Single(await chat.SayAsync("finding close F-0001 done", TranscriptHarness.CommitteeMember));
        var closed = Assert.Single(await chat.SayAsync("finding close f-1 Weekly review in place since Monday"));
        var dueAfter = chat.Get<SchedulePlanner>().Due(chat.Time.GetUtcNow());

        // Assert
        Assert.Equal("finding-new", card.Card!.TemplateId);
        Assert.Equal(["dueDate", "reference"], invalid.FieldErrors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("notice", saved[0].Card!.TemplateId);
        Assert.Contains(saved, r => r.RecipientUserKey == TranscriptHarness.Requester.Key && r.Text!.Contains("F-0001", StringComparison.Ordinal));
        Assert.DoesNotContain(again, r => r.Card?.TemplateId == "notice" && r.Text == "Recorded F-0001.");
        Assert.Equal(("F-0001", "AU-01", "A.6.2.8", TranscriptHarness.Requester.Key, FindingKind.Nonconformity), (finding.Id, finding.AuditId, finding.Reference, finding.OwnerKey, finding.Kind));
        Assert.Contains(dueBefore, i => i.Kind == AuditDueSource.FindingKind && i.Subject == "F-0001" && i.RecipientKey == TranscriptHarness.Requester.Key && i.Step == "30d");
        Assert.Contains("**F-0001** nonconformity on A.6.2.8 (Megan Bowen), due in 2 weeks", mine, StringComparison.Ordinal);
        Assert.StartsWith("Only the owner", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Closed F-0001. Its reminders stop.", closed.Text);
        Assert.DoesNotContain(dueAfter, i => i.Kind == AuditDueSource.FindingKind);
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("finding:F-0001"), e => e.Action == "finding.closed");
    }

    [Fact]
    public async Task Only_Admins_And_The_Lead_Auditor_Record_Findings()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.SayAsync("audit plan 2027-03-01", TranscriptHarness.Admin);

        // Act
        var member = Assert.Single(await chat.SayAsync("finding new AU-01"));
        var unknown = Assert.Single(await chat.SayAsync("finding new AU-77", TranscriptHarness.Admin));

        // Assert
        Assert.StartsWith("Only an AIMS admin or the lead auditor of AU-01", member.Text, StringComparison.Ordinal);
        Assert.StartsWith("Which audit?", unknown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Committee_Digest_Has_High_Risks_Audits_Ahead_And_Open_Findings()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.SayAsync("audit plan 2027-01-04", TranscriptHarness.Admin);
        var now = chat.Time.GetUtcNow();
        chat.Get<IRiskStore>().Add(new Risk
        {
            Title = "Biased shortlists",
            SystemId = "AI-0001",
            Likelihood = 4,
            Impact = 5,
            Level = "Critical",
            LevelRank = 4,
            OwnerKey = TranscriptHarness.Requester.Key,
            OwnerName = "Megan Bowen",
            RaisedAt = now.UtcDateTime.AddDays(-1),
            NextReview = now.UtcDateTime.AddDays(10),
        });

        // Act
        var sections = chat.Get<DigestContent>().Committee(now);
        var due = chat.Get<SchedulePlanner>().Due(now);

        // Assert
        var risks = sections.Single(s => s.Title == "High and critical risks").Lines;
        Assert.Equal("1 critical risk open; 1 new one since the last digest.", risks[0]);
        Assert.Contains("**R-0001** Biased shortlists: critical, open (Megan Bowen), new", risks);
        var audits = sections.Single(s => s.Title == "Audits and certification").Lines;
        Assert.Contains(audits, l => l.StartsWith("**AU-01** Integrated internal audit", StringComparison.Ordinal));
        Assert.Contains("Next certification audit: Stage 1 certification audit (documentation), in 8 weeks.", audits);
        Assert.Equal("0 open findings, 0 past the corrective action's due date.", audits[^1]);
        Assert.Contains(due, i => i.Kind == RiskDueSource.ReviewKind && i.Subject == "R-0001" && i.Step == "30d");
    }
}
