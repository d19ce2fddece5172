using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Risks;

public sealed class RiskFormTests
{
    [Fact]
    public async Task Risk_New_Walks_The_Form_Shows_The_Level_Before_Saving_And_Creates_One_Risk()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var system = RiskChat.AddSystem(chat, "Support chatbot");

        // Act
        var card = Assert.Single(await chat.SayAsync("risk new " + system.Id, RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Scenario(), RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Consequences(), RiskChat.Owner));
        var offScale = Assert.Single(await chat.SubmitAsync(card, Rating("9", "3"), RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(offScale, Rating("4", "3"), RiskChat.Owner));
        var confirm = card;
        var saved = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-new/next" }, RiskChat.Owner));
        var again = Assert.Single(await chat.SubmitAsync(confirm, new Dictionary<string, string> { ["verb"] = "risk-new/next" }, RiskChat.Owner));

        // Assert
        Assert.Equal("Choose a likelihood from 1 (Rare) to 5 (Almost certain).", offScale.FieldErrors!["likelihood"]);
        Assert.Equal("risk-new-confirm", confirm.Card!.TemplateId);
        Assert.Equal("Level: High (Likely (4) × Moderate (3))", confirm.Card.Data["level"]!.GetValue<string>());
        Assert.Equal("The committee must accept it · review every 6 months", confirm.Card.Data["criterion"]!.GetValue<string>());
        Assert.Equal("risk", saved.Card!.TemplateId);
        Assert.Equal("R-0001 recorded at level High.", saved.Text);
        var risk = Assert.Single(chat.Get<IRiskStore>().All());
        Assert.Equal(system.Id, risk.SystemId);
        Assert.Equal(["A.6.2.4"], risk.ExistingControls);
        Assert.Equal(RiskChat.Owner.Key, risk.OwnerKey);
        Assert.Null(again.Card);
    }

    [Fact]
    public async Task Risk_New_Refuses_A_Retired_System_And_An_Unknown_One()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var retired = RiskChat.AddSystem(chat, "Old scorer", stage: LifecycleStage.Retired);

        // Act
        var onRetired = Assert.Single(await chat.SayAsync("risk new " + retired.Id));
        var unknown = Assert.Single(await chat.SayAsync("risk new AI-0099"));

        // Assert
        Assert.Contains("is retired", onRetired.Text, StringComparison.Ordinal);
        Assert.StartsWith("There is no AI system AI-0099", unknown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risk_Treat_Plans_The_Treatment_With_Annex_A_Controls_And_Tells_The_Treatment_Owner()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(RiskChat.Treater);
        var risk = RiskChat.Raise(chat, 4, 4);

        // Act
        var stranger = Assert.Single(await chat.SayAsync("risk treat " + risk.Id, RiskChat.Stranger));
        var card = Assert.Single(await chat.SayAsync("risk treat " + risk.Id, RiskChat.Owner));
        var badControl = Assert.Single(await chat.SubmitAsync(card, Plan("A.99.9"), RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(badControl, Plan("A.6.2.6, a.7.4"), RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Residual(), RiskChat.Owner));
        var saved = await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-treat/next" }, RiskChat.Owner);
        var done = Assert.Single(await chat.SayAsync($"risk done {risk.Id} index rebuilt nightly", RiskChat.Treater));

        // Assert
        Assert.StartsWith("Only the owner of R-0001", stranger.Text, StringComparison.Ordinal);
        Assert.Contains("A.99.9", badControl.FieldErrors!["controls"], StringComparison.Ordinal);
        Assert.Equal("risk-treat-confirm", card.Card!.TemplateId);
        Assert.StartsWith("Residual level: Medium", card.Card.Data["level"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("risk", saved[0].Card!.TemplateId);
        Assert.Contains(saved, r => r.RecipientUserKey == RiskChat.Treater.Key);
        Assert.StartsWith("R-0001 treated: residual level Medium.", done.Text, StringComparison.Ordinal);
        var stored = chat.Get<IRiskStore>().Get(risk.Id)!;
        Assert.Equal(["A.6.2.6", "A.7.4"], stored.Treatment!.Controls);
        Assert.Equal(RiskStatus.Treated, stored.Status);
    }

    [Fact]
    public async Task Controls_Are_Picked_By_Title_Words_And_A_Word_That_Fits_Several_Is_Asked_About()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var risk = RiskChat.Raise(chat, 4, 4);

        // Act
        var card = Assert.Single(await chat.SayAsync("risk treat " + risk.Id, RiskChat.Owner));
        var vague = Assert.Single(await chat.SubmitAsync(card, Plan("data, event logs"), RiskChat.Owner));
        var afterVague = chat.Get<IRiskStore>().Get(risk.Id)!.Treatment;
        card = Assert.Single(await chat.SubmitAsync(vague, Plan("data quality, event logs"), RiskChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, Residual(), RiskChat.Owner));
        await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-treat/next" }, RiskChat.Owner);

        // Assert
        Assert.StartsWith("“data” fits A.4.3, A.7.2, A.7.3, A.7.4, A.7.5 and more: type the id you mean.", vague.FieldErrors!["controls"], StringComparison.Ordinal);
        Assert.Null(afterVague);
        Assert.Equal(["A.7.4", "A.6.2.8"], chat.Get<IRiskStore>().Get(risk.Id)!.Treatment!.Controls);
    }

    [Fact]
    public async Task The_Risk_Card_Offers_Its_Owner_The_Treatment_Plan_And_The_Button_Opens_The_Form()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var risk = RiskChat.Raise(chat, 4, 4);

        // Act
        var ownerView = Assert.Single(await chat.SayAsync("risk " + risk.Id, RiskChat.Owner));
        var strangerView = Assert.Single(await chat.SayAsync("risk " + risk.Id, RiskChat.Stranger));
        var form = Assert.Single(await chat.SubmitAsync(ownerView, new Dictionary<string, string> { ["verb"] = "risk-treat/start", ["risk"] = risk.Id }, RiskChat.Owner));
        var refused = Assert.Single(await chat.SubmitAsync(ownerView, new Dictionary<string, string> { ["verb"] = "risk-treat/start", ["risk"] = risk.Id }, RiskChat.Stranger));

        // Assert
        Assert.True(ownerView.Card!.Data["canTreat"]!.GetValue<bool>());
        Assert.Equal("Plan the treatment", ownerView.Card.Data["treatTitle"]!.GetValue<string>());
        Assert.False(strangerView.Card!.Data["canTreat"]!.GetValue<bool>());
        Assert.Equal("risk-treat-plan", form.Card!.TemplateId);
        Assert.StartsWith("Only ", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acceptance_Above_Authority_Goes_To_The_Committee_Who_Cannot_Decide_Their_Own_Request()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(TranscriptHarness.OtherCommitteeMember);
        var high = RiskChat.Raise(chat, 4, 3);

        // Act
        var asked = await chat.SayAsync("risk accept " + high.Id, RiskChat.Owner);
        var approval = asked.First(r => r.RecipientUserKey == TranscriptHarness.CommitteeMember.Key);
        var decided = await chat.SubmitAsync(approval, new Dictionary<string, string> { ["verb"] = "approval/decide", ["requestId"] = approval.Card!.Data["requestId"]!.GetValue<string>(), ["decision"] = "Approved", ["note"] = "" }, TranscriptHarness.CommitteeMember);

        // Assert
        Assert.Contains(asked, r => r.Text?.Contains("I asked the committee", StringComparison.Ordinal) == true);
        Assert.Equal("approval-request", approval.Card!.TemplateId);
        var stored = chat.Get<IRiskStore>().Get(high.Id)!;
        Assert.Equal(RiskStatus.Accepted, stored.Status);
        Assert.Equal(AcceptanceAuthority.Committee, stored.Acceptance!.Authority);
        Assert.Contains(decided, r => r.RecipientUserKey == RiskChat.Owner.Key && r.Text!.StartsWith("The committee accepted R-0001", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Scenario() => new()
    {
        ["verb"] = "risk-new/next",
        ["title"] = "Chatbot gives wrong refund rules",
        ["source"] = "Robustness",
        ["scenario"] = "Grounded on an outdated page, it tells customers the old refund rule.",
    };

    private static Dictionary<string, string> Consequences() => new()
    {
        ["verb"] = "risk-new/next",
        ["consequenceOrganisation"] = "Refunds paid outside policy",
        ["consequenceIndividuals"] = "Customers misled",
        ["consequenceSociety"] = "none",
    };

    private static Dictionary<string, string> Rating(string likelihood, string impact) => new()
    {
        ["verb"] = "risk-new/next",
        ["likelihood"] = likelihood,
        ["impact"] = impact,
        ["existingControls"] = "A.6.2.4",
        ["owner"] = "",
    };

    private static Dictionary<string, string> Plan(string controls) => new()
    {
        ["verb"] = "risk-treat/next",
        ["option"] = "Modify",
        ["controls"] = controls,
        ["plan"] = "Rebuild the index nightly.",
    };

    private static Dictionary<string, string> Residual() => new()
    {
        ["verb"] = "risk-treat/next",
        ["owner"] = "Lee Gu",
        ["dueDate"] = "2026-12-15",
        ["residualLikelihood"] = "2",
        ["residualImpact"] = "3",
    };
}
