using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Risks;

/// <summary><c>risk edit R-0001</c> as a transcript: the risk form prefilled, only changed fields saved and audited.</summary>
public sealed class RiskEditTests
{
    [Fact]
    public async Task Risk_Edit_Prefills_The_Form_Saves_Only_The_Changes_Rerates_And_Tells_The_New_Owner()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(RiskChat.Treater);
        var risk = RiskChat.Raise(chat, 4, 3);
        chat.Time.Advance(TimeSpan.FromDays(10));

        // Act
        var card = Assert.Single(await chat.SayAsync("risk edit " + risk.Id, RiskChat.Owner));
        var first = card;
        card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", new() { ["title"] = "Chatbot gives outdated refund rules" }), RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", []), RiskChat.Owner));
        var offScale = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", new() { ["likelihood"] = "0" }), RiskChat.Owner));
        var confirm = Assert.Single(await chat.SubmitAsync(offScale, Values(offScale, "risk-new/next", new() { ["likelihood"] = "5", ["impact"] = "5", ["owner"] = "Lee Gu" }), RiskChat.Owner));
        var saved = await chat.SubmitAsync(confirm, new Dictionary<string, string> { ["verb"] = "risk-new/next" }, RiskChat.Owner);

        // Assert: the form is the risk form, prefilled and headed as an edit
        Assert.Equal("risk-new-scenario", first.Card!.TemplateId);
        Assert.Equal("Edit R-0001", first.Card.Data["heading"]!.GetValue<string>());
        Assert.Equal("Chatbot gives wrong refund rules", first.Card.Data["values"]!["title"]!.GetValue<string>());
        Assert.Equal("Robustness", first.Card.Data["values"]!["source"]!.GetValue<string>());
        Assert.NotNull(offScale.FieldErrors!["likelihood"]);
        Assert.StartsWith("Level: Critical", confirm.Card!.Data["level"]!.GetValue<string>(), StringComparison.Ordinal);

        // Assert: one answer, the new owner told, the record re-rated and its review date moved
        var answer = saved.Single(r => r.RecipientUserKey is null);
        Assert.Equal("risk", answer.Card!.TemplateId);
        Assert.Equal("Saved 6 changes to R-0001 (title, likelihood, impact, level, owner, ownerKey).", answer.Text);
        var told = saved.Single(r => r.RecipientUserKey == RiskChat.Treater.Key);
        Assert.StartsWith("Megan Bowen made you the owner of R-0001 Chatbot gives outdated refund rules.", told.Text, StringComparison.Ordinal);
        var stored = chat.Get<IRiskStore>().Get(risk.Id)!;
        Assert.Equal(("Chatbot gives outdated refund rules", 5, 5, "Critical"), (stored.Title, stored.Likelihood, stored.Impact, stored.Level));
        Assert.Equal((RiskChat.Treater.Key, "Lee Gu"), (stored.OwnerKey, stored.OwnerName));
        Assert.Equal(risk.Scenario, stored.Scenario);
        Assert.Equal(chat.Time.GetUtcNow().UtcDateTime.AddMonths(3), stored.NextReview);

        // Assert: one audit entry with each changed field's before and after, nothing else
        var edited = Assert.Single(chat.Get<IAuditLog>().ForEntity(RiskIds.Entity(risk.Id)), e => e.Action == "risk.edited");
        var before = JsonNode.Parse(edited.Before)!.AsObject();
        var after = JsonNode.Parse(edited.After)!.AsObject();
        Assert.Equal(["title", "likelihood", "impact", "level", "owner", "ownerKey"], after.Select(kv => kv.Key));
        Assert.Equal(("High", "Critical"), (before["level"]!.GetValue<string>(), after["level"]!.GetValue<string>()));
        Assert.Equal(("Megan Bowen", "Lee Gu"), (before["owner"]!.GetValue<string>(), after["owner"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Risk_Edit_Without_Changes_Saves_Nothing_And_Strangers_And_Closed_Risks_Are_Refused()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var risk = RiskChat.Raise(chat, 2, 2);
        var other = RiskChat.Raise(chat, 3, 3, title: "Model drift after retraining");
        Assert.True(chat.Get<RiskService>().Close(RiskChat.Act(chat, RiskChat.Owner), other.Id, "No longer used").Succeeded);

        // Act
        var stranger = Assert.Single(await chat.SayAsync("risk edit " + risk.Id, RiskChat.Stranger));
        var closed = Assert.Single(await chat.SayAsync("risk edit " + other.Id, RiskChat.Owner));
        var unknown = Assert.Single(await chat.SayAsync("risk edit R-0099", RiskChat.Owner));
        var card = Assert.Single(await chat.SayAsync("risk edit " + risk.Id, TranscriptHarness.Admin));
        for (var step = 0; step < 3; step++)
        {
            card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", []), TranscriptHarness.Admin));
        }

        var saved = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-new/next" }, TranscriptHarness.Admin));

        // Assert
        Assert.Equal("Only the owner of R-0001 (Megan Bowen), the owner of its AI system or an AIMS admin can edit it.", stranger.Text);
        Assert.StartsWith("R-0002 is closed, so it is no longer edited.", closed.Text, StringComparison.Ordinal);
        Assert.Null(closed.Card);
        Assert.Contains("R-0099", unknown.Text, StringComparison.Ordinal);
        Assert.Equal("Nothing changed in R-0001.", saved.Text);
        Assert.Equal(RiskChat.Owner.Key, chat.Get<IRiskStore>().Get(risk.Id)!.OwnerKey);
        Assert.DoesNotContain(chat.Get<IAuditLog>().ForEntity(RiskIds.Entity(risk.Id)), e => e.Action == "risk.edited");
    }

    [Fact]
    public async Task A_Risk_Owner_Picked_In_Teams_Is_Kept_By_An_Untouched_Picker_In_An_Edit()
    {
        // Arrange: the owner is a person picked in Teams who has never talked to the bot
        const string picked = "5f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
        using var chat = new TranscriptHarness();
        var card = Assert.Single(await chat.SayAsync("risk new", RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", new() { ["title"] = "Chatbot gives wrong refund rules", ["source"] = "Robustness", ["scenario"] = "Grounded on an outdated page." }), RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", new() { ["consequenceOrganisation"] = "Refunds outside policy", ["consequenceIndividuals"] = "Customers misled", ["consequenceSociety"] = "none" }), RiskChat.Owner));
        var rating = card;
        card = Assert.Single(await chat.SubmitAsync(card, Values(card, "risk-new/next", new() { ["likelihood"] = "2", ["impact"] = "2", ["owner"] = picked }), RiskChat.Owner));
        await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-new/next" }, RiskChat.Owner);

        // Act: an admin edits it and leaves the picker as it was shown
        var edit = Assert.Single(await chat.SayAsync("risk edit R-0001", TranscriptHarness.Admin));
        edit = Assert.Single(await chat.SubmitAsync(edit, Values(edit, "risk-new/next", []), TranscriptHarness.Admin));
        edit = Assert.Single(await chat.SubmitAsync(edit, Values(edit, "risk-new/next", []), TranscriptHarness.Admin));
        var editRating = edit;
        edit = Assert.Single(await chat.SubmitAsync(edit, Values(edit, "risk-new/next", new() { ["owner"] = edit.Card!.Data["ownerPick"]!.GetValue<string>() }), TranscriptHarness.Admin));
        var saved = Assert.Single(await chat.SubmitAsync(edit, new Dictionary<string, string> { ["verb"] = "risk-new/next" }, TranscriptHarness.Admin));

        // Assert
        Assert.True(rating.Card!.Data["ownerPicker"]!.GetValue<bool>());
        Assert.Equal($"teams:tenant-1:{picked}", chat.Get<IRiskStore>().Get("R-0001")!.OwnerKey);
        Assert.True(editRating.Card!.Data["ownerPicker"]!.GetValue<bool>());
        Assert.Equal(picked, editRating.Card.Data["ownerChoices"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("Nothing changed in R-0001.", saved.Text);
        Assert.Equal($"teams:tenant-1:{picked}", chat.Get<IRiskStore>().Get("R-0001")!.OwnerKey);
    }

    /// <summary>What the card shows, as Teams would send it back, with <paramref name="changes"/> typed over it.</summary>
    private static Dictionary<string, string> Values(Reply card, string verb, Dictionary<string, string> changes)
    {
        var values = card.Card!.Data["values"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "", StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        values["verb"] = verb;
        return values;
    }
}
