using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Risks;

public sealed class RiskServiceTests
{
    [Fact]
    public void Raised_Risks_Get_Ids_Levels_Method_Stamp_Review_Date_And_An_Audit_Entry()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var system = RiskChat.AddSystem(chat, "Support chatbot");

        // Act
        var first = RiskChat.Raise(chat, 4, 3, system.Id);
        var second = RiskChat.Raise(chat, 1, 1);

        // Assert
        Assert.Equal("R-0001", first.Id);
        Assert.Equal("R-0002", second.Id);
        Assert.Equal("High", first.Level);
        Assert.Equal(3, first.LevelRank);
        Assert.Equal(RiskStatus.Open, first.Status);
        Assert.Equal(chat.Get<RiskMethod>().Stamp, first.MethodVersion);
        Assert.Equal(new DateTime(2027, 5, 2, 9, 0, 0, DateTimeKind.Utc), first.NextReview);
        Assert.Equal(new DateTime(2028, 11, 2, 9, 0, 0, DateTimeKind.Utc), second.NextReview);
        Assert.Equal(["A.6.2.4", "27001:A.8.29"], first.ExistingControls);
        Assert.Equal(RiskChat.Owner.Key, first.OwnerKey);
        var entry = Assert.Single(chat.Get<IAuditLog>().ForEntity("risk:R-0001"));
        Assert.Equal("risk.raised", entry.Action);
        Assert.Contains("Chatbot gives wrong refund rules", entry.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 3, "likelihood", "Choose a likelihood from 1 (Rare) to 5 (Almost certain).")]
    [InlineData(3, 6, "impact", "Choose an impact from 1 (Negligible) to 5 (Severe).")]
    public void A_Level_Outside_The_Scale_Is_Refused_And_Nothing_Is_Stored(int likelihood, int impact, string field, string message)
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var outcome = chat.Get<RiskService>().Raise(RiskChat.Act(chat, RiskChat.Owner), RiskChat.Draft(likelihood, impact));

        // Assert
        Assert.Equal(RiskOutcomeKind.Invalid, outcome.Kind);
        Assert.Equal(message, outcome.Errors[field]);
        Assert.Empty(chat.Get<IRiskStore>().All());
    }

    [Fact]
    public void Unknown_Controls_Missing_Text_And_A_Retired_System_Are_Refused()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var retired = RiskChat.AddSystem(chat, "Old scorer", stage: LifecycleStage.Retired);
        var service = chat.Get<RiskService>();
        var actor = RiskChat.Act(chat, RiskChat.Owner);

        // Act
        var invalid = service.Raise(actor, RiskChat.Draft(3, 3) with { Title = " ", ExistingControls = ["A.99.1", "A.6.2.4"] });
        var onRetired = service.Raise(actor, RiskChat.Draft(3, 3, retired.Id));
        var unknownSystem = service.Raise(actor, RiskChat.Draft(3, 3, "AI-0042"));

        // Assert
        Assert.Equal("A short title is required.", invalid.Errors["title"]);
        Assert.Contains("A.99.1", invalid.Errors["existingControls"], StringComparison.Ordinal);
        Assert.Equal(RiskOutcomeKind.Refused, onRetired.Kind);
        Assert.Contains("is retired", onRetired.Message, StringComparison.Ordinal);
        Assert.Contains("There is no AI system AI-0042", unknownSystem.Message, StringComparison.Ordinal);
        Assert.Empty(chat.Get<IRiskStore>().All());
    }

    [Fact]
    public void The_Same_Card_Creates_One_Risk()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var service = chat.Get<RiskService>();
        var actor = RiskChat.Act(chat, RiskChat.Owner);

        // Act
        var first = service.Raise(actor, RiskChat.Draft(3, 3), "card-1");
        var again = service.Raise(actor, RiskChat.Draft(3, 3), "card-1");

        // Assert
        Assert.Equal(first.Risk!.Id, again.Risk!.Id);
        Assert.Single(chat.Get<IRiskStore>().All());
    }

    [Fact]
    public void Treatment_Is_Planned_By_The_Owner_And_Progress_Recorded_Only_By_The_Treatment_Owner()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var risk = RiskChat.Raise(chat, 4, 4);
        var service = chat.Get<RiskService>();

        // Act
        var byStranger = service.PlanTreatment(RiskChat.Act(chat, RiskChat.Stranger), risk.Id, RiskChat.Treatment(2, 3));
        var planned = service.PlanTreatment(RiskChat.Act(chat, RiskChat.Owner), risk.Id, RiskChat.Treatment(2, 3, "A.6.2.6", "a.7.4"));
        var progressByOwner = service.RecordProgress(RiskChat.Act(chat, RiskChat.Owner), risk.Id, "done", done: true);
        var progress = service.RecordProgress(RiskChat.Act(chat, RiskChat.Treater), risk.Id, "Index rebuilt nightly.", done: true);

        // Assert
        Assert.Equal(RiskOutcomeKind.Refused, byStranger.Kind);
        Assert.True(planned.Succeeded);
        Assert.Equal(["A.6.2.6", "A.7.4"], planned.Risk!.Treatment!.Controls);
        Assert.Equal("Medium", planned.Risk.Treatment.ResidualLevel);
        Assert.Equal(RiskOutcomeKind.Refused, progressByOwner.Kind);
        Assert.Contains("Only the treatment owner", progressByOwner.Message, StringComparison.Ordinal);
        Assert.Equal(RiskStatus.Treated, progress.Risk!.Status);
        Assert.Equal("Medium", progress.Risk.CurrentLevel());
        Assert.Equal(new DateTime(2027, 11, 2, 9, 0, 0, DateTimeKind.Utc), progress.Risk.NextReview);
        Assert.Equal(["risk.raised", "risk.treatment-planned", "risk.treated"], chat.Get<IAuditLog>().ForEntity("risk:" + risk.Id).Select(e => e.Action));
    }

    [Fact]
    public void Treatment_Refuses_Excluded_Controls_Higher_Residual_And_A_Past_Due_Date()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var admin = chat.Get<RoleResolver>().Resolve(TranscriptHarness.Admin);
        var catalogue = chat.Get<ControlCatalogue>();
        Assert.True(chat.Get<ControlService>().Answer(admin, catalogue.Find("A.10.3")!, new SoaAnswer(Applicability.Excluded, [], "No suppliers", "", ImplementationStatus.NotStarted, null, null, [], null)).Succeeded);
        var risk = RiskChat.Raise(chat, 3, 3);

        // Act
        var outcome = chat.Get<RiskService>().PlanTreatment(RiskChat.Act(chat, RiskChat.Owner), risk.Id, RiskChat.Treatment(5, 5, "A.10.3") with { DueDate = new DateOnly(2026, 1, 1) });

        // Assert
        Assert.Equal(RiskOutcomeKind.Invalid, outcome.Kind);
        Assert.Contains("Excluded in the Statement of Applicability: A.10.3", outcome.Errors["controls"], StringComparison.Ordinal);
        Assert.Equal("The due date is in the past.", outcome.Errors["dueDate"]);
        Assert.Contains("cannot be higher than the risk's level before treatment (Medium)", outcome.Errors["residualImpact"], StringComparison.Ordinal);
        Assert.Null(chat.Get<IRiskStore>().Get(risk.Id)!.Treatment);
    }

    [Fact]
    public void Acceptance_Follows_The_Criteria()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var service = chat.Get<RiskService>();
        var owner = RiskChat.Act(chat, RiskChat.Owner);
        var medium = RiskChat.Raise(chat, 3, 3);
        var high = RiskChat.Raise(chat, 4, 3);
        var critical = RiskChat.Raise(chat, 5, 5);

        // Act
        var byStranger = service.Accept(RiskChat.Act(chat, RiskChat.Stranger), medium.Id, "");
        var withinAuthority = service.Accept(owner, medium.Id, "Monitored weekly");
        var aboveAuthority = service.Accept(owner, high.Id, "");
        var notAcceptable = service.Accept(owner, critical.Id, "");

        // Assert
        Assert.Equal(RiskOutcomeKind.Refused, byStranger.Kind);
        Assert.True(withinAuthority.Succeeded);
        Assert.Equal(RiskStatus.Accepted, withinAuthority.Risk!.Status);
        Assert.Equal(AcceptanceAuthority.Owner, withinAuthority.Risk.Acceptance!.Authority);
        Assert.Equal(RiskOutcomeKind.NeedsCommittee, aboveAuthority.Kind);
        Assert.Equal(RiskStatus.Open, chat.Get<IRiskStore>().Get(high.Id)!.Status);
        Assert.Equal(RiskOutcomeKind.Refused, notAcceptable.Kind);
        Assert.Contains("may not be accepted", notAcceptable.Message, StringComparison.Ordinal);
        Assert.Equal(RiskStatus.Open, chat.Get<IRiskStore>().Get(critical.Id)!.Status);
    }

    [Fact]
    public void Committee_Acceptance_Needs_A_Committee_Member()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var service = chat.Get<RiskService>();
        var high = RiskChat.Raise(chat, 4, 3);
        var member = RiskChat.Act(chat, TranscriptHarness.CommitteeMember);

        // Act
        var notCommittee = service.AcceptByCommittee(RiskChat.Act(chat, RiskChat.Owner), high.Id, "");
        var accepted = service.AcceptByCommittee(member, high.Id, "Residual monitored monthly");

        // Assert
        Assert.Equal(RiskOutcomeKind.Refused, notCommittee.Kind);
        Assert.True(accepted.Succeeded);
        Assert.Equal(AcceptanceAuthority.Committee, accepted.Risk!.Acceptance!.Authority);
        Assert.Equal(new DateTime(2027, 5, 2, 9, 0, 0, DateTimeKind.Utc), accepted.Risk.NextReview);
    }

    [Fact]
    public void A_Treated_Critical_Risk_Can_Be_Accepted_At_Its_Residual_Level()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var critical = RiskChat.Raise(chat, 5, 5);
        RiskChat.Treat(chat, critical, 2, 2);

        // Act
        var outcome = chat.Get<RiskService>().Accept(RiskChat.Act(chat, RiskChat.Owner), critical.Id, "");

        // Assert
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal("Low", outcome.Risk!.Acceptance!.Level);
    }
}
