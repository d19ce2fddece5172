using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Core.Dialogs;
using AimsBot.Tests.Infrastructure;
using AimsBot.Tests.Risks;

namespace AimsBot.Tests.Impact;

public sealed class ImpactAssessmentTests
{
    [Fact]
    public async Task Approving_A_System_That_Needs_One_Asks_Its_Owner_And_The_Button_Opens_The_Form()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        var registered = await RegistrationSteps.RegisterAsync(chat, "Contract review assistant");

        // Act
        var decided = await ImpactChat.DecideAsync(chat, registered, "Approved");
        var request = decided.Single(r => r.Card?.TemplateId == "impact-request");
        var form = Assert.Single(await chat.SubmitAsync(request, new Dictionary<string, string> { ["verb"] = "impact-assess/start", ["systemId"] = "AI-0001" }));
        var stranger = Assert.Single(await chat.SubmitAsync(request, new Dictionary<string, string> { ["verb"] = "impact-assess/start", ["systemId"] = "AI-0001" }, RiskChat.Stranger));

        // Assert
        Assert.Equal(TranscriptHarness.Requester.Key, request.RecipientUserKey);
        Assert.Contains("personal data", request.Card!.Data["why"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("impact-context", form.Card!.TemplateId);
        Assert.Equal("AI-0001 Contract review assistant", form.Card.Data["system"]!.GetValue<string>());
        Assert.Equal("Suggests redlines for supplier contracts", form.Card.Data["values"]!["purpose"]!.GetValue<string>());
        Assert.StartsWith("Only the business owner of AI-0001", stranger.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Form_Checks_Each_Card_Saves_IA_0001_And_The_Committee_Approves_It()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        var system = ImpactChat.AddSystem(chat);

        // Act
        var card = Assert.Single(await chat.SayAsync("impact " + system.Id, ImpactChat.Owner));
        var missing = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "impact-assess/next", ["purpose"] = "x" }, ImpactChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(missing, ImpactChat.Context(), ImpactChat.Owner));
        var offScale = Assert.Single(await chat.SubmitAsync(card, ImpactChat.Harms1(severity: "9"), ImpactChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(offScale, ImpactChat.Harms1(), ImpactChat.Owner));
        card = Assert.Single(await chat.SubmitAsync(card, ImpactChat.Harms2(), ImpactChat.Owner));
        var noConditions = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string>(ImpactChat.Conclusion()) { ["conditions"] = "" }, ImpactChat.Owner));
        var confirm = Assert.Single(await chat.SubmitAsync(noConditions, ImpactChat.Conclusion(), ImpactChat.Owner));
        var saved = await chat.SubmitAsync(confirm, new Dictionary<string, string> { ["verb"] = "impact-assess/next" }, ImpactChat.Owner);
        var decided = await ImpactChat.DecideAsync(chat, saved, "ApprovedWithConditions", "Report quarterly");

        // Assert
        Assert.Equal("Describe the benefits.", missing.FieldErrors!["benefits"]);
        Assert.Equal("Choose a severity from 1 (Negligible) to 5 (Severe).", offScale.FieldErrors!["fairnessSeverity"]);
        Assert.Equal("Write the conditions.", noConditions.FieldErrors!["conditions"]);
        var harms = RiskViewsTests.Facts(confirm.Card!.Data["harmsSummary"]!);
        Assert.Equal("High: Women ranked lower for technical roles", harms["Fairness and non-discrimination"]);
        Assert.Equal("Medium: Applicants cannot learn why they were rejected", harms["Transparency and explainability"]);
        Assert.Equal("impact", saved[0].Card!.TemplateId);
        Assert.StartsWith("IA-0001 recorded: version 1 of the impact assessment of AI-0001. Sent to 1 committee member", saved[0].Text, StringComparison.Ordinal);
        var stored = chat.Get<IImpactStore>().Get("IA-0001")!;
        Assert.Equal(ImpactStatus.ApprovedWithConditions, stored.Status);
        Assert.Equal("Report quarterly", stored.ReviewNote);
        Assert.Equal(["Fairness", "Transparency"], stored.Applicable.Select(h => h.Dimension.ToString()));
        Assert.Equal(8, stored.Harms.Count);
        Assert.Equal(chat.Time.GetUtcNow().UtcDateTime.AddMonths(6), stored.NextReview);
        Assert.Contains(decided, r => r.RecipientUserKey == ImpactChat.Owner.Key && r.Text!.StartsWith("The committee approved IA-0001", StringComparison.Ordinal));
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("impact:IA-0001"), e => e.Action == "impact.approved");
    }

    [Fact]
    public async Task A_Significant_Change_Asks_Again_And_The_Approved_Reassessment_Supersedes_And_Clears_The_Mark()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(ImpactChat.Owner);
        var system = ImpactChat.AddSystem(chat);
        await ImpactChat.DecideAsync(chat, await ImpactChat.AssessAsync(chat, system.Id), "Approved");

        // Act
        var editor = await chat.SayAsync("edit " + system.Id, ImpactChat.Owner);
        var edited = await WalkEditAsync(chat, editor[0]);
        var request = edited.Single(r => r.Card?.TemplateId == "impact-request");
        var second = Assert.Single(await chat.SayAsync("impact " + system.Id, ImpactChat.Owner));
        var reassessed = await ImpactChat.AssessAsync(chat, system.Id);
        var markedBeforeReview = chat.Get<IAiSystemStore>().Get(system.Id)!.ReassessmentDue;
        await ImpactChat.DecideAsync(chat, reassessed, "Approved");
        var old = Assert.Single(await chat.SayAsync("impact IA-0001"));

        // Assert
        Assert.Contains("re-assessment", request.Card!.Data["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Re-assessment: the answers of IA-0001 are filled in; change what no longer holds.", second.Card!.Data["basis"]!.GetValue<string>());
        Assert.Equal("Women ranked lower for technical roles", chat.Get<IImpactStore>().Get("IA-0001")!.Harms[0].Harm);
        Assert.True(markedBeforeReview);
        var versions = chat.Get<IImpactStore>().ForSystem(system.Id);
        Assert.Equal(["IA-0001", "IA-0002"], versions.Select(v => v.Id));
        Assert.Equal("IA-0002", versions[0].SupersededBy);
        Assert.Equal("IA-0001", versions[1].Supersedes);
        Assert.Equal(2, versions[1].Version);
        var after = chat.Get<IAiSystemStore>().Get(system.Id)!;
        Assert.False(after.ReassessmentDue);
        Assert.Empty(after.ReassessmentReasons);
        Assert.Contains("superseded by IA-0002", old.Card!.Data["headline"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(chat.Get<IAuditLog>().ForEntity("aisystem:" + system.Id), e => e.Action == "aisystem.reassessment-cleared");
    }

    [Fact]
    public async Task A_Harm_Becomes_A_Prefilled_Risk_Linked_To_The_Assessment_Once()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var system = ImpactChat.AddSystem(chat);
        var saved = await ImpactChat.AssessAsync(chat, system.Id);
        var harm = saved[0].Card!.Data["harms"]![0]!;
        var press = new Dictionary<string, string>
        {
            ["verb"] = "impact/risk",
            ["cardId"] = harm["cardId"]!.GetValue<string>(),
            ["assessment"] = "IA-0001",
            ["dimension"] = harm["dimension"]!.GetValue<string>(),
        };

        // Act
        var form = Assert.Single(await PressAsync(chat, press));
        Assert.True(form.Card is not null, form.Text);
        var card = Assert.Single(await chat.SubmitAsync(form, new Dictionary<string, string>
        {
            ["verb"] = "risk-new/next",
            ["title"] = form.Card!.Data["values"]!["title"]!.GetValue<string>(),
            ["source"] = form.Card.Data["values"]!["source"]!.GetValue<string>(),
            ["scenario"] = form.Card.Data["values"]!["scenario"]!.GetValue<string>(),
        }, RiskChat.Stranger));
        card = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string>
        {
            ["verb"] = "risk-new/next",
            ["consequenceOrganisation"] = "Discrimination claims",
            ["consequenceIndividuals"] = "Women ranked lower for technical roles",
            ["consequenceSociety"] = "Less diverse workforce",
        }, RiskChat.Stranger));
        card = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-new/next", ["likelihood"] = "3", ["impact"] = "4" }, RiskChat.Stranger));
        var raised = Assert.Single(await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk-new/next" }, RiskChat.Stranger));
        var again = Assert.Single(await PressAsync(chat, press));
        var shown = Assert.Single(await chat.SayAsync("impact IA-0001"));

        // Assert
        Assert.Equal("Fairness and non-discrimination: Women ranked lower for technical roles", form.Card.Data["values"]!["title"]!.GetValue<string>());
        Assert.Equal("FairnessBias", form.Card.Data["values"]!["source"]!.GetValue<string>());
        Assert.Equal("For AI-0001 CV screening assistant, from IA-0001", form.Card.Data["subject"]!.GetValue<string>());
        Assert.Equal("R-0001 recorded at level High.", raised.Text);
        var risk = chat.Get<IRiskStore>().Get("R-0001")!;
        Assert.Equal(("IA-0001", "Fairness", system.Id), (risk.ImpactAssessmentId, risk.ImpactHarm, risk.SystemId));
        Assert.Equal("R-0001 was already raised from this harm: type **risk R-0001**.", again.Text);
        Assert.StartsWith("Raised as R-0001", shown.Card!.Data["harms"]![0]!["risk"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(shown.Card.Data["harms"]![0]!["canRaise"]!.GetValue<bool>());
        Assert.True(shown.Card.Data["harms"]![1]!["canRaise"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("impact AI-0099", "There is no AI system AI-0099")]
    [InlineData("impact nonsense", "There is no AI system “nonsense”")]
    [InlineData("impact IA-0042", "There is no impact assessment “IA-0042”")]
    [InlineData("impact", "Which one?")]
    public async Task Odd_Input_Gets_A_Helpful_Reply(string text, string expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync(text));

        // Assert
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Retired_System_Is_Not_Reassessed_And_A_Stranger_May_Not_Assess()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var retired = ImpactChat.AddSystem(chat, "Old scorer", LifecycleStage.Retired);
        var live = ImpactChat.AddSystem(chat, "CV screening assistant");

        // Act
        var onRetired = Assert.Single(await chat.SayAsync("impact " + retired.Id, ImpactChat.Owner));
        var stranger = Assert.Single(await chat.SayAsync("impact " + live.Id, RiskChat.Stranger));
        var admin = Assert.Single(await chat.SayAsync("impact " + live.Id, TranscriptHarness.Admin));

        // Assert
        Assert.StartsWith("AI-0001 is retired, so it is not re-assessed", onRetired.Text, StringComparison.Ordinal);
        Assert.StartsWith("Only the business owner of AI-0002", stranger.Text, StringComparison.Ordinal);
        Assert.Equal("impact-context", admin.Card!.TemplateId);
        Assert.Empty(chat.Get<IImpactStore>().All());
    }

    /// <summary>A stranger presses a button on the assessment card (its data carries the harm's own card id).</summary>
    private static Task<IReadOnlyList<AimsBot.Core.Conversations.Reply>> PressAsync(TranscriptHarness chat, Dictionary<string, string> data) =>
        chat.RunAsync(chat.NewTurn(AimsBot.Core.Conversations.TurnKind.CardAction, RiskChat.Stranger) with { Data = data, CardMessageId = "card-message-1" });

    /// <summary>Walks the edit form, changing the purpose (a significant change) on the first card.</summary>
    private static async Task<IReadOnlyList<AimsBot.Core.Conversations.Reply>> WalkEditAsync(TranscriptHarness chat, AimsBot.Core.Conversations.Reply card)
    {
        var replies = await chat.SubmitAsync(card, new Dictionary<string, string>(RegistrationSteps.Step1("CV screening assistant")) { ["purpose"] = "Ranks and now also rejects CVs" }, ImpactChat.Owner);
        for (var step = 0; step < 4 && replies.Count == 1 && replies[0].Card?.TemplateId is "register-step2" or "register-step3" or "system-details" or "system-operations"; step++)
        {
            Assert.True(replies[0].FieldErrors is not { Count: > 0 }, string.Join("; ", replies[0].FieldErrors?.Values ?? []));
            var values = replies[0].Card!.Data["values"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "", StringComparer.Ordinal);
            values["verb"] = "register/next";
            replies = await chat.SubmitAsync(replies[0], values, ImpactChat.Owner);
        }

        return replies;
    }
}
