using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Scheduling;
using AimsBot.Tests.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Scheduling;

/// <summary>Snooze, delegation, shorter periods, and the last and next attestation on the card and in the export.</summary>
public sealed class AttestationSnoozeTests
{
    private static AiSystem InProduction(TranscriptHarness chat, DateTimeOffset approvedAt, string category = "")
    {
        var business = TranscriptHarness.Person("business-1", "Pat Business");
        return chat.Get<IAiSystemStore>().Add(new AiSystem
        {
            Name = "CV screening",
            NormalizedName = "cv screening",
            RequesterKey = TranscriptHarness.Requester.Key,
            RequesterName = TranscriptHarness.Requester.DisplayName,
            BusinessOwnerKey = business.Key,
            BusinessOwnerName = business.DisplayName,
            Role = OrganisationRole.Deployer,
            Source = SystemSource.Saas,
            Autonomy = Autonomy.HumanInTheLoop,
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
            EuAiActCategory = category,
            DecidedAt = approvedAt.UtcDateTime,
            RegisteredAt = approvedAt.UtcDateTime,
        });
    }

    [Fact]
    public async Task An_Attestation_Is_Snoozed_A_Day_Or_A_Week_Twice_At_Most()
    {
        // Arrange: due in 2 days.
        using var chat = new TranscriptHarness();
        InProduction(chat, chat.Time.GetUtcNow().AddDays(-89));
        var schedule = chat.Get<AttestationSchedule>();
        var due = schedule.NextDue(chat.Get<IAiSystemStore>().Get("AI-0001")!)!.Value;

        // Act
        var bad = Assert.Single(await chat.SayAsync("attest AI-0001 snooze month")).Text;
        var first = Assert.Single(await chat.SayAsync("attest AI-0001 snooze week")).Text;
        var second = Assert.Single(await chat.SayAsync("attest AI-0001 snooze day")).Text;
        var third = Assert.Single(await chat.SayAsync("attest AI-0001 snooze day")).Text;
        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        var items = chat.Get<SchedulePlanner>().Due(chat.Time.GetUtcNow().AddDays(10).AddHours(1));

        // Assert
        Assert.StartsWith("Snooze for a day or a week", bad, StringComparison.Ordinal);
        Assert.StartsWith("Snoozed: the attestation of AI-0001 is now due in 1 week", first, StringComparison.Ordinal);
        Assert.EndsWith("That was the last snooze.", second, StringComparison.Ordinal);
        Assert.StartsWith("The attestation of AI-0001 was already snoozed 2 times", third, StringComparison.Ordinal);
        Assert.Equal(2, system.AttestationSnoozes);
        Assert.Equal(due.AddDays(8), schedule.NextDue(system));
        Assert.Contains(items, i => i.Kind == AttestationDueSource.Kind && i.DueAt == due.AddDays(8) && i.Step == ReminderSteps.Lapsed);
        Assert.Equal(2, chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001").Count(e => e.Action == "aisystem.attestation-snoozed"));
    }

    [Fact]
    public async Task A_Delegate_Is_Reminded_And_Attests_While_The_Owner_Stays_Accountable()
    {
        // Arrange: due 10 days ago, so the escalation copies the owner.
        using var chat = new TranscriptHarness();
        var delegateUser = TranscriptHarness.Person("delegate-1", "Diego Siciliani");
        InProduction(chat, chat.Time.GetUtcNow().AddDays(-101));

        // Act
        var refused = Assert.Single(await ControlChat.SayWithMentionsAsync(chat, "attest AI-0001 delegate <at>Diego</at>", TranscriptHarness.CommitteeMember, delegateUser));
        var delegated = await ControlChat.SayWithMentionsAsync(chat, "attest AI-0001 delegate <at>Diego</at>", TranscriptHarness.Requester, delegateUser);
        var due = chat.Get<SchedulePlanner>().Due(chat.Time.GetUtcNow());
        var card = Assert.Single(await chat.SayAsync("attest AI-0001", delegateUser));
        var back = Assert.Single(await chat.SayAsync("attest AI-0001 delegate none", delegateUser)).Text;

        // Assert
        Assert.StartsWith("Only the owner of AI-0001", refused.Text, StringComparison.Ordinal);
        Assert.Contains(delegated, r => r.RecipientUserKey == delegateUser.Key);
        Assert.Contains(due, i => i.Kind == AttestationDueSource.Kind && i.RecipientKey == delegateUser.Key);
        Assert.DoesNotContain(due, i => i.Kind == AttestationDueSource.Kind && i.RecipientKey == TranscriptHarness.Requester.Key);
        Assert.Contains(due, i => i.Kind == AttestationDueSource.EscalationKind && i.RecipientKey == TranscriptHarness.Requester.Key);
        Assert.Equal("attestation", card.Card!.TemplateId);
        Assert.StartsWith("Only the owner of AI-0001", back, StringComparison.Ordinal);
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001"), e => e.Action == "aisystem.attestation-delegated");
    }

    [Fact]
    public void Shorter_Periods_Apply_By_Risk_Level_Or_EU_AI_Act_Kind()
    {
        // Arrange
        using var chat = new TranscriptHarness(new()
        {
            ["Attestation:Periods:Critical"] = "30.00:00:00",
            ["Attestation:Periods:high-risk"] = "61.00:00:00",
        });
        var now = chat.Time.GetUtcNow();
        var plain = InProduction(chat, now);
        var highRisk = InProduction(chat, now, category: "III.4");
        var critical = InProduction(chat, now, category: "III.4");
        chat.Get<IRiskStore>().Add(new Risk { Title = "Bias", SystemId = critical.Id, Level = "Critical", LevelRank = 4, Likelihood = 4, Impact = 5, NextReview = now.UtcDateTime.AddDays(90) });
        var schedule = chat.Get<AttestationSchedule>();

        // Act
        var periods = new[] { plain, highRisk, critical }.Select(s => schedule.NextDue(s)!.Value - now).ToList();

        // Assert
        Assert.Equal([TimeSpan.FromDays(91), TimeSpan.FromDays(61), TimeSpan.FromDays(30)], periods);
    }

    [Fact]
    public async Task The_System_Card_And_The_Inventory_Export_Show_The_Last_And_Next_Attestation()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var system = InProduction(chat, chat.Time.GetUtcNow().AddDays(-120));
        system.LastAttestedAt = chat.Time.GetUtcNow().UtcDateTime.AddDays(-10);
        chat.Get<IAiSystemStore>().Update(system);

        // Act
        var card = Assert.Single(await chat.SayAsync("system AI-0001"));
        var table = chat.Get<InventoryExportBuilder>().Build();

        // Assert
        Assert.True(card.Card is not null, card.Text);
        var facts = card.Card.Data["facts"]!.ToJsonString();
        Assert.Contains("\"Last attestation\"", facts, StringComparison.Ordinal);
        Assert.Contains("due in 11 weeks (22 Jan 2027)", facts, StringComparison.Ordinal);
        var row = Assert.Single(table.Rows);
        Assert.Equal("2027-01-22", row[InventoryExportBuilder.Columns.ToList().IndexOf("Next attestation due")]);
        Assert.Equal("2026-10-23 09:00 UTC", row[InventoryExportBuilder.Columns.ToList().IndexOf("Last attestation")]);
    }
}
