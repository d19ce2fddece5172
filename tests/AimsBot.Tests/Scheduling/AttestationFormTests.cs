using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Scheduling;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Scheduling;

/// <summary>The attestation card on the form engine, and its snooze and delegate buttons.</summary>
public sealed class AttestationFormTests
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["verb"] = "attest/next",
        ["system"] = "AI-0001",
        ["inUse"] = "Yes",
        ["changed"] = "No",
        ["oversight"] = "Yes",
        ["testing"] = "Yes",
        ["incidents"] = "No",
    };

    private static void InProduction(TranscriptHarness chat, int daysAgo) => chat.Get<IAiSystemStore>().Add(new AiSystem
    {
        Name = "CV screening",
        RequesterKey = TranscriptHarness.Requester.Key,
        RequesterName = TranscriptHarness.Requester.DisplayName,
        Stage = LifecycleStage.InProduction,
        Approval = ApprovalStatus.Approved,
        DecidedAt = chat.Time.GetUtcNow().UtcDateTime.AddDays(-daysAgo),
        RegisteredAt = chat.Time.GetUtcNow().UtcDateTime.AddDays(-daysAgo),
    });

    [Fact]
    public async Task An_Older_Card_Or_Someone_Elses_Card_Changes_Nothing_And_An_Unfinished_One_Is_Offered_Again()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        InProduction(chat, 89);
        var older = Assert.Single(await chat.SayAsync("attest AI-0001"));
        var offer = Assert.Single(await chat.SayAsync("attest AI-0001"));
        var resumed = Assert.Single(await chat.SubmitAsync(offer, new Dictionary<string, string> { ["verb"] = "form/resume" }));

        // Act
        var stale = Assert.Single(await chat.SubmitAsync(older, Answers));
        var foreign = Assert.Single(await chat.SubmitAsync(resumed, Answers, TranscriptHarness.Admin));
        var saved = Assert.Single(await chat.SubmitAsync(resumed, Answers));

        // Assert
        Assert.Equal("form-resume", offer.Card!.TemplateId);
        Assert.Equal(CardOutcome.NextStep, resumed.Outcome);
        Assert.Equal((CardOutcome.Refused, CardOutcome.Refused), (stale.Outcome, foreign.Outcome));
        Assert.StartsWith("That card is an earlier step", stale.Text, StringComparison.Ordinal);
        Assert.StartsWith("This card belongs to someone else's attestation", foreign.Text, StringComparison.Ordinal);
        Assert.Equal(CardOutcome.Done, saved.Outcome);
        Assert.Single(chat.Get<IAttestationStore>().ForSystem("AI-0001"));
    }

    [Fact]
    public async Task The_Snooze_Button_Moves_The_Date_Once_And_Closes_The_Card()
    {
        // Arrange: due in 2 days.
        using var chat = new TranscriptHarness();
        InProduction(chat, 89);
        var card = Assert.Single(await chat.SayAsync("attest AI-0001"));
        var due = card.Card!.Data["dueDate"]!.GetValue<string>();
        var press = new Dictionary<string, string> { ["verb"] = "attest/snooze", ["system"] = "AI-0001", ["length"] = "week", ["dueDate"] = due };

        // Act
        var snoozed = Assert.Single(await chat.SubmitAsync(card, press));
        var again = Assert.Single(await chat.SubmitAsync(card, press));
        var answer = Assert.Single(await chat.SubmitAsync(card, Answers));

        // Assert
        Assert.True(card.Card.Data["canSnooze"]!.GetValue<bool>());
        Assert.Equal(("notice", "card-message-1"), (snoozed.Card!.TemplateId, snoozed.ReplaceMessageId));
        Assert.Equal(CardOutcome.Refused, again.Outcome);
        Assert.Equal(CardOutcome.Refused, answer.Outcome);
        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal(1, system.AttestationSnoozes);
        Assert.Equal(chat.Time.GetUtcNow().AddDays(9), chat.Get<AttestationSchedule>().NextDue(system)!.Value, TimeSpan.FromSeconds(1));
        Assert.Empty(chat.Get<IAttestationStore>().ForSystem("AI-0001"));
    }

    [Fact]
    public async Task The_Delegate_Card_Picks_A_Known_Person_And_Refuses_An_Unknown_Name_In_Place()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var colleague = TranscriptHarness.Person("delegate-1", "Diego Siciliani");
        await chat.SayAsync("help", colleague);
        InProduction(chat, 89);
        var bundle = chat.Get<SchedulePlanner>().DueFor(TranscriptHarness.Requester.Key, chat.Time.GetUtcNow());
        var card = Assert.Single(await chat.SubmitAsync(Assert.Single(await chat.SayAsync("reminders")), new Dictionary<string, string> { ["verb"] = "attest/delegate", ["system"] = "AI-0001" }));
        var form = new Dictionary<string, string> { ["verb"] = "delegate/next", ["system"] = "AI-0001", ["person"] = "Nobody Known" };

        // Act
        var refused = Assert.Single(await chat.SubmitAsync(card, form, TranscriptHarness.CommitteeMember));
        var invalid = Assert.Single(await chat.SubmitAsync(card, form));
        form["person"] = "Diego Siciliani";
        var saved = await chat.SubmitAsync(invalid, form);

        // Assert
        Assert.True(Assert.Single(bundle).Action!.Delegate);
        Assert.Equal("attestation-delegate", card.Card!.TemplateId);
        Assert.StartsWith("Only the owner of AI-0001", refused.Text, StringComparison.Ordinal);
        Assert.Equal(CardOutcome.Invalid, invalid.Outcome);
        Assert.Contains("person", invalid.FieldErrors!.Keys);
        Assert.Contains(saved, r => r.RecipientUserKey == colleague.Key);
        Assert.Equal(colleague.Key, chat.Get<IAiSystemStore>().Get("AI-0001")!.AttestationDelegateKey);
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001"), e => e.Action == "aisystem.attestation-delegated");
    }

    [Fact]
    public async Task The_Delegate_Card_Takes_A_Person_Picked_With_The_Teams_People_Picker()
    {
        // Arrange: the Teams picker submits the person's Entra object id (Data.Query graph.microsoft.com/users).
        const string PickedAad = "5f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
        using var chat = new TranscriptHarness();
        InProduction(chat, 89);
        var card = Assert.Single(await chat.SubmitAsync(Assert.Single(await chat.SayAsync("reminders")), new Dictionary<string, string> { ["verb"] = "attest/delegate", ["system"] = "AI-0001" }));
        var form = new Dictionary<string, string> { ["verb"] = "delegate/next", ["system"] = "AI-0001", ["person"] = PickedAad };

        // Act
        var saved = await chat.SubmitAsync(card, form);
        var again = Assert.Single(await chat.SayAsync("delegate AI-0001"));

        // Assert
        Assert.True(card.Card!.Data["personPicker"]!.GetValue<bool>());
        Assert.DoesNotContain(saved, r => r.Outcome == CardOutcome.Invalid);
        Assert.Equal($"teams:tenant-1:{PickedAad}", chat.Get<IAiSystemStore>().Get("AI-0001")!.AttestationDelegateKey);
        Assert.Equal(PickedAad, again.Card!.Data["personPick"]!.GetValue<string>());
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001"), e => e.Action == "aisystem.attestation-delegated");
    }
}
