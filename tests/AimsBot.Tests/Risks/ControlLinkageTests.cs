using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Risks;

public sealed class ControlLinkageTests
{
    [Fact]
    public async Task Control_Card_Lists_The_Risks_It_Treats_With_Risk_Treatment_As_A_Reason()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var first = RiskChat.Raise(chat, 4, 4);
        var second = RiskChat.Raise(chat, 3, 3);
        RiskChat.Treat(chat, first, 2, 2, "A.6.2.6");
        Assert.True(chat.Get<RiskService>().PlanTreatment(RiskChat.Act(chat, RiskChat.Owner), second.Id, RiskChat.Treatment(2, 2, "A.6.2.6", "A.7.4")).Succeeded);

        // Act
        var card = Assert.Single(await chat.SayAsync("control A.6.2.6"));
        var other = Assert.Single(await chat.SayAsync("control A.2.2"));

        // Assert
        var facts = RiskViewsTests.Facts(card.Card!.Data["facts"]!);
        Assert.StartsWith("R-0001, R-0002", facts["Treats risks"], StringComparison.Ordinal);
        Assert.Equal("Risk treatment (R-0001, R-0002)", facts["Included for"]);
        Assert.DoesNotContain("Treats risks", RiskViewsTests.Facts(other.Card!.Data["facts"]!).Keys);
    }

    [Fact]
    public async Task Excluding_A_Control_A_Treatment_Relies_On_Is_Refused_Naming_The_Risk()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var risk = RiskChat.Raise(chat, 4, 4);
        Assert.True(chat.Get<RiskService>().PlanTreatment(RiskChat.Act(chat, RiskChat.Owner), risk.Id, RiskChat.Treatment(2, 2, "A.7.4")).Succeeded);
        var card = await ControlChat.OpenAnswerCardAsync(chat, "A.7.4", TranscriptHarness.Admin);

        // Act
        var replies = await chat.SubmitAsync(card, ControlChat.Excluded("A.7.4", "No trained models."), TranscriptHarness.Admin);

        // Assert
        var shown = Assert.Single(replies);
        Assert.Equal("A.7.4 cannot be excluded: the treatment of R-0001 relies on it. Change those treatments first.", shown.FieldErrors!["applicability"]);
        Assert.Equal(Applicability.Unanswered, chat.Get<IControlStore>().Get("A.7.4").Applicability);
    }

    [Fact]
    public async Task Gap_Marks_Clauses_6_And_8_New_With_8_2_To_8_4_And_Counts_Clause_Level_Work()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var production = RiskChat.AddSystem(chat, "Support chatbot");
        RiskChat.AddSystem(chat, "Hiring assistant");

        // Act
        var before = Assert.Single(await chat.SayAsync("gap"));
        RiskChat.Raise(chat, 3, 3, production.Id);
        var halfway = Assert.Single(await chat.SayAsync("gap"));
        RiskChat.Raise(chat, 3, 3, "AI-0002");
        var after = Assert.Single(await chat.SayAsync("gap"));
        var soa = Assert.Single(await chat.SayAsync("soa"));

        // Assert
        var newWork = before.Card!.Data["kinds"]![2]!["clauses"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(["6.1.2 Risk assessment", "6.1.3 Risk treatment", "6.1.4 AI system impact assessment", "6.2 Objectives", "8 Operation", "8.2 AI risk assessment (operation)", "8.3 AI risk treatment (operation)", "8.4 AI system impact assessment (operation)"], newWork);
        Assert.Contains("0 of 3 clause-level items done", before.Card.Data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        var work = RiskViewsTests.Facts(halfway.Card!.Data["work"]!);
        Assert.Contains("6.1.2 AI risk method defined and in use ✓", work.Keys);
        Assert.Equal("1 of 2 production systems without a risk assessment: AI-0002.", work["8.2 Risks assessed for every production AI system"]);
        Assert.Contains("2 of 3 clause-level items done", after.Card!.Data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("2/3 clause-level items done", soa.Card!.Data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
