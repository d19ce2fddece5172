using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Scheduling;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Scheduling;

public sealed class AttestationTests
{
    private static readonly Dictionary<string, string> Unchanged = new()
    {
        ["verb"] = "attest/next",
        ["system"] = "AI-0001",
        ["inUse"] = "Yes",
        ["changed"] = "No",
        ["oversight"] = "Yes",
        ["testing"] = "Yes",
        ["incidents"] = "No",
        ["evidence"] = "https://wiki.example.com/ai-0001",
    };

    private static AiSystem InProduction(TranscriptHarness chat, DateTimeOffset approvedAt)
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
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
            DecidedAt = approvedAt.UtcDateTime,
            RegisteredAt = approvedAt.UtcDateTime,
        });
    }

    [Fact]
    public async Task Owner_Attests_And_The_Next_Date_Moves_A_Period_On()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        InProduction(chat, chat.Time.GetUtcNow().AddDays(-95));
        var card = Assert.Single(await chat.SayAsync("attest AI-0001"));

        // Act
        var replies = await chat.SubmitAsync(card, Unchanged);
        var again = await chat.SubmitAsync(card, Unchanged);

        // Assert
        Assert.Equal("attestation", card.Card!.TemplateId);
        Assert.Equal("4 days overdue", card.Card.Data["due"]!.GetValue<string>());
        Assert.Equal("notice", Assert.Single(replies).Card!.TemplateId);
        Assert.Contains("Next attestation due in 13 weeks", replies[0].Card!.Data.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("That card was already submitted, so nothing changed.", Assert.Single(again).Text);
        var record = Assert.Single(chat.Get<IAttestationStore>().ForSystem("AI-0001"));
        Assert.Equal("https://wiki.example.com/ai-0001", record.EvidenceUrl);
        Assert.Equal(chat.Time.GetUtcNow().UtcDateTime, chat.Get<IAiSystemStore>().Get("AI-0001")!.LastAttestedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001"), e => e.Action == "aisystem.attested");
        Assert.Empty(chat.Get<SchedulePlanner>().Due(chat.Time.GetUtcNow()));
    }

    [Fact]
    public async Task A_Change_Needs_Words_And_Then_Marks_The_System_For_Reassessment()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        InProduction(chat, chat.Time.GetUtcNow().AddDays(-90));
        var card = Assert.Single(await chat.SayAsync("attest ai-0001"));
        var changed = new Dictionary<string, string>(Unchanged) { ["changed"] = "Yes", ["evidence"] = "javascript:alert(1)" };

        // Act
        var invalid = Assert.Single(await chat.SubmitAsync(card, changed));
        changed["changes"] = "Moved to the vendor's new model version";
        changed["evidence"] = "";
        var saved = await chat.SubmitAsync(card, changed);

        // Assert
        Assert.Equal("attestation", invalid.Card!.TemplateId);
        Assert.Equal("card-message-1", invalid.ReplaceMessageId);
        Assert.Contains("changes", invalid.FieldErrors!.Keys);
        Assert.Contains("evidence", invalid.FieldErrors!.Keys);
        Assert.Contains("re-assessment due", Assert.Single(saved).Card!.Data.ToJsonString(), StringComparison.Ordinal);
        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal(LifecycleStage.InProduction, system.Stage);
        Assert.True(system.ReassessmentDue);
        Assert.Equal(["declared in an attestation: Moved to the vendor's new model version"], system.ReassessmentReasons);
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001"), e => e.Action == "aisystem.reassessment-due");
        Assert.True(Assert.Single(chat.Get<IAttestationStore>().ForSystem("AI-0001")).Changed);
    }

    [Fact]
    public async Task Someone_Else_Cannot_Attest()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        InProduction(chat, chat.Time.GetUtcNow().AddDays(-90));

        // Act
        var replies = await chat.SayAsync("attest AI-0001", TranscriptHarness.CommitteeMember);
        var unknown = await chat.SayAsync("attest AI-9999");

        // Assert
        Assert.StartsWith("Only the owner of AI-0001", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.StartsWith("I don't know an AI system", Assert.Single(unknown).Text, StringComparison.Ordinal);
        Assert.Empty(chat.Get<IAttestationStore>().ForSystem("AI-0001"));
    }

    [Fact]
    public async Task Overdue_Attestations_Escalate_To_The_Business_Owner_And_Then_The_Committee()
    {
        // Arrange: due 15 days ago (quarterly period, escalation after 7 days).
        using var chat = new TranscriptHarness();
        await chat.SayAsync("help", TranscriptHarness.CommitteeMember);
        InProduction(chat, chat.Time.GetUtcNow().AddDays(-91 - 15));
        var planner = chat.Get<SchedulePlanner>();

        // Act
        var due = planner.Due(chat.Time.GetUtcNow());
        var overdue = await chat.SayAsync("attestations overdue", TranscriptHarness.Admin);

        // Assert
        Assert.Contains(due, i => i.Kind == AttestationDueSource.Kind && i.RecipientKey == TranscriptHarness.Requester.Key && i.Step == ReminderSteps.Lapsed);
        Assert.Contains(due, i => i.Kind == AttestationDueSource.EscalationKind && i.Step == "escalated" && i.RecipientKey == TranscriptHarness.Person("business-1", "").Key);
        Assert.Contains(due, i => i.Kind == AttestationDueSource.EscalationKind && i.Step == "committee" && i.RecipientKey == TranscriptHarness.CommitteeMember.Key);
        Assert.Contains("**AI-0001** CV screening (Megan Bowen): 2 weeks overdue, never attested", Assert.Single(overdue).Text, StringComparison.Ordinal);
    }
}
