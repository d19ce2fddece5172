using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Risks;

/// <summary>Steps the risk tests share: systems in the inventory, risks raised and treated through the service.</summary>
internal static class RiskChat
{
    public static UserRef Owner { get; } = TranscriptHarness.Person("owner-1", "Megan Bowen");

    public static UserRef Treater { get; } = TranscriptHarness.Person("treater-1", "Lee Gu");

    public static UserRef Stranger { get; } = TranscriptHarness.Person("user-9", "Joni Sherman");

    public static Actor Act(TranscriptHarness chat, UserRef user) => chat.Get<RoleResolver>().Resolve(user);

    public static AiSystem AddSystem(TranscriptHarness chat, string name, UserRef? owner = null, LifecycleStage stage = LifecycleStage.InProduction) =>
        chat.Get<IAiSystemStore>().Add(new AiSystem
        {
            Name = name,
            Purpose = "Answers customer questions",
            Role = OrganisationRole.Deployer,
            Source = SystemSource.Saas,
            Stage = stage,
            Approval = ApprovalStatus.Approved,
            BusinessOwnerKey = (owner ?? Owner).Key,
            BusinessOwnerName = (owner ?? Owner).DisplayName,
            RegisteredAt = chat.Time.GetUtcNow().UtcDateTime,
        });

    public static RiskDraft Draft(int likelihood, int impact, string systemId = "", string title = "Chatbot gives wrong refund rules") => new(
        title,
        systemId,
        RiskSource.Robustness,
        "Grounded on an outdated policy page, the chatbot tells customers the old refund rule.",
        "Refunds paid outside policy",
        "Customers misled about their rights",
        "none",
        likelihood,
        impact,
        ["A.6.2.4", "27001:A.8.29"],
        new PersonChoice(Owner.Key, Owner.DisplayName));

    public static Risk Raise(TranscriptHarness chat, int likelihood, int impact, string systemId = "", string title = "Chatbot gives wrong refund rules")
    {
        var outcome = chat.Get<RiskService>().Raise(Act(chat, Owner), Draft(likelihood, impact, systemId, title));
        Assert.True(outcome.Succeeded, outcome.Message + string.Join("; ", outcome.Errors.Values));
        return outcome.Risk!;
    }

    public static TreatmentDraft Treatment(int residualLikelihood, int residualImpact, params string[] controls) => new(
        TreatmentOption.Modify,
        controls.Length == 0 ? ["A.6.2.6"] : controls,
        "Rebuild the grounding index nightly and test refund answers before each release.",
        new PersonChoice(Treater.Key, Treater.DisplayName),
        new DateOnly(2026, 12, 15),
        residualLikelihood,
        residualImpact);

    public static Risk Treat(TranscriptHarness chat, Risk risk, int residualLikelihood, int residualImpact, params string[] controls)
    {
        var service = chat.Get<RiskService>();
        var planned = service.PlanTreatment(Act(chat, Owner), risk.Id, Treatment(residualLikelihood, residualImpact, controls));
        Assert.True(planned.Succeeded, planned.Message + string.Join("; ", planned.Errors.Values));
        var done = service.RecordProgress(Act(chat, Treater), risk.Id, "Done: index rebuilt nightly.", done: true);
        Assert.True(done.Succeeded, done.Message);
        return done.Risk!;
    }
}
