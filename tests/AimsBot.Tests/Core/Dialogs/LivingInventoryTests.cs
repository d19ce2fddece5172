using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

/// <summary>Records that change: edit field by field, significant change, retire, owners told.</summary>
public sealed class LivingInventoryTests
{
    private static Dictionary<string, string> With(Dictionary<string, string> inputs, params (string Key, string Value)[] changes)
    {
        var copy = new Dictionary<string, string>(inputs);
        foreach (var (key, value) in changes)
        {
            copy[key] = value;
        }

        return copy;
    }

    /// <summary>Walks the five edit cards, submitting each card's own values with the given changes.</summary>
    private static async Task<IReadOnlyList<Reply>> EditAsync(TranscriptHarness chat, UserRef user, params (string Key, string Value)[] changes)
    {
        var card = Assert.Single(await chat.SayAsync("edit AI-0001", user));
        for (var i = 0; i < 4; i++)
        {
            card = Assert.Single(await chat.SubmitAsync(card, With(Values(card), changes), user));
            Assert.Null(card.FieldErrors);
        }

        return await chat.SubmitAsync(card, With(Values(card), changes), user);
    }

    private static Dictionary<string, string> Values(Reply card)
    {
        var values = card.Card!.Data["values"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());
        values["verb"] = "register/next";
        return values;
    }

    [Fact]
    public async Task Edit_Saves_Only_Changed_Fields_Records_Each_And_Marks_Significant_Change()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat);
        chat.Time.Advance(TimeSpan.FromDays(2));

        // Act
        var saved = await EditAsync(chat, TranscriptHarness.Requester, ("stage", "InProduction"), ("model", "GPT-4o"), ("classification", "Confidential"));
        var shown = Assert.Single(await chat.SayAsync("system AI-0001"));

        // Assert
        var result = saved[0];
        Assert.Equal("system-saved", result.Card!.TemplateId);
        Assert.Equal(CardOutcome.Done, result.Outcome);
        Assert.Equal("Saved 3 changes to AI-0001", result.Card.Data["title"]!.GetValue<string>());
        Assert.Contains("moved to production", result.Card.Data["reassessment"]!.GetValue<string>(), StringComparison.Ordinal);
        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal(LifecycleStage.InProduction, system.Stage);
        Assert.True(system.ReassessmentDue);
        Assert.Equal(["moved to production"], system.ReassessmentReasons);
        var edit = chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001").Single(e => e.Action == "aisystem.edited");
        Assert.Equal("{\"stage\":\"In validation\",\"model\":\"\",\"classification\":\"\"}", edit.Before);
        Assert.Equal("{\"stage\":\"In production\",\"model\":\"GPT-4o\",\"classification\":\"Confidential\"}", edit.After);
        var history = shown.Card!.Data["history"]!.AsArray().Select(h => h!["value"]!.GetValue<string>()).ToList();
        Assert.Contains(history, h => h.StartsWith("Lifecycle stage: In validation → In production", StringComparison.Ordinal));
        Assert.Equal("Marked for re-assessment (moved to production) by Megan Bowen", history[0]);
        Assert.Equal("Registered by Megan Bowen", history[^1]);
        var flags = shown.Card.Data["flags"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        Assert.Contains(flags, f => f.StartsWith("**Re-assessment due**", StringComparison.Ordinal));
        Assert.Contains(flags, f => f.StartsWith("**Impact assessment required**: personal data", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edit_Cannot_Retire_Without_The_Reason_Retire_Asks_For()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat);
        var card = Assert.Single(await chat.SayAsync("edit AI-0001"));
        card = Assert.Single(await chat.SubmitAsync(card, Values(card)));

        // Act
        var refused = Assert.Single(await chat.SubmitAsync(card, With(Values(card), ("stage", "Retired"))));

        // Assert
        Assert.Equal(CardOutcome.Invalid, refused.Outcome);
        Assert.StartsWith("Retiring needs a reason", refused.FieldErrors!["stage"], StringComparison.Ordinal);
        Assert.Equal("Retired", refused.Card!.Data["values"]!["stage"]!.GetValue<string>());
        Assert.Equal(LifecycleStage.Testing, chat.Get<IAiSystemStore>().Get("AI-0001")!.Stage);
    }

    [Fact]
    public async Task Edit_With_No_Change_Saves_Nothing_And_Only_Owner_Or_Admin_May_Edit()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat);
        var entries = chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001").Count;

        // Act
        var refused = Assert.Single(await chat.SayAsync("edit AI-0001", TranscriptHarness.CommitteeMember));
        var unchanged = await EditAsync(chat, TranscriptHarness.Admin);

        // Assert
        Assert.Contains("Only the business owner of AI-0001", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Nothing changed", unchanged[0].Card!.Data["title"]!.GetValue<string>());
        Assert.Equal(entries, chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001").Count);
    }

    [Fact]
    public async Task Changing_The_Owner_Tells_Both_Owners()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.OtherCommitteeMember);
        await RegistrationSteps.RegisterAsync(chat);

        // Act
        var saved = await EditAsync(chat, TranscriptHarness.Requester, ("owner", TranscriptHarness.OtherCommitteeMember.Name!));

        // Assert
        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal(TranscriptHarness.OtherCommitteeMember.Key, system.BusinessOwnerKey);
        var notice = Assert.Single(saved, r => r.RecipientUserKey == TranscriptHarness.OtherCommitteeMember.Key);
        Assert.Contains("changed the business owner of AI-0001", notice.Text, StringComparison.Ordinal);
        var refused = Assert.Single(await chat.SayAsync("edit AI-0001"));
        Assert.Contains("Only the business owner", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Owner_Nobody_Has_Seen_Is_Shown_As_Not_Reachable_Yet()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat);

        // Act
        var saved = await EditAsync(chat, TranscriptHarness.Requester, ("owner", "Nestor Wilke"));
        var shown = Assert.Single(await chat.SayAsync("system AI-0001"));

        // Assert
        Assert.Contains(saved, r => r.Text?.Contains("Nestor Wilke is not reachable yet", StringComparison.Ordinal) == true);
        Assert.Contains(shown.Card!.Data["flags"]!.AsArray(), f => f!.GetValue<string>().Contains("Nestor Wilke is **not reachable yet**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retire_Needs_A_Reason_And_Leaves_The_Default_List()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat);
        await RegistrationSteps.RegisterAsync(chat, "Invoice matcher");

        // Act
        var noReason = Assert.Single(await chat.SayAsync("retire AI-0001"));
        var retired = Assert.Single(await chat.SayAsync("retire AI-0001 replaced by the new contract tool"));
        var list = Assert.Single(await chat.SayAsync("systems"));
        var all = Assert.Single(await chat.SayAsync("systems all"));

        // Assert
        Assert.Contains("Say why AI-0001 is retired", noReason.Text, StringComparison.Ordinal);
        Assert.StartsWith("Retired AI-0001", retired.Text, StringComparison.Ordinal);
        Assert.Equal(["AI-0002"], list.Card!.Data["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal(["AI-0002", "AI-0001"], all.Card!.Data["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal(LifecycleStage.Retired, system.Stage);
        Assert.Equal("replaced by the new contract tool", system.RetiredReason);
        Assert.Equal("aisystem.retired", chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001")[^1].Action);
    }
}
