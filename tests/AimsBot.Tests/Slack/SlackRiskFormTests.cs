using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Risks;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>The risk assessment and treatment forms through the real Slack edge, each walked from the slash command to the saved record.</summary>
public sealed class SlackRiskFormTests(SlackRolesFixture slack) : IClassFixture<SlackRolesFixture>
{
    private const string Admin = SlackRolesFixture.Admin;

    [Fact]
    public async Task Admin_Raises_A_Risk_And_Plans_Its_Treatment_In_Slack_Modals_To_The_End()
    {
        // Arrange
        var system = slack.Factory.Services.GetRequiredService<IAiSystemStore>().Add(new AiSystem
        {
            Name = "Refund chatbot",
            Purpose = "Answers refund questions",
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
        });

        // Act: risk new, three modals, then Save on the summary
        var (message, scenario) = await slack.OpenFormAsync(Admin, "CRISK", "risk new " + system.Id);
        var consequences = await slack.NextViewAsync(scenario, Admin, new()
        {
            ["title"] = "Chatbot gives wrong refund rules",
            ["source"] = nameof(RiskSource.Robustness),
            ["scenario"] = "Grounded on an outdated policy page, it tells customers the old refund rule.",
        });
        var rating = await slack.NextViewAsync(consequences, Admin, new()
        {
            ["consequenceOrganisation"] = "Refunds paid outside policy",
            ["consequenceIndividuals"] = "Customers misled about their rights",
            ["consequenceSociety"] = "none",
        });
        var closed = await slack.SubmitViewAsync(rating, Admin, new()
        {
            ["likelihood"] = "4",
            ["impact"] = "3",
            ["existingControls"] = "A.6.2.4",
        });
        await slack.PressAsync(Admin, "CRISK", message, "Step 4 of 4", "risk-new/next");
        await slack.Api.WaitForAsync("chat.update", c => c.Channel == "CRISK" && c.Text.Contains("R-0001", StringComparison.Ordinal));
        var raised = slack.Factory.Services.GetRequiredService<IRiskStore>().Get("R-0001");

        // Act: risk treat, two modals, then Save on the summary
        var (treatMessage, plan) = await slack.OpenFormAsync(Admin, "CTREAT", "risk treat R-0001");
        var residual = await slack.NextViewAsync(plan, Admin, new()
        {
            ["option"] = nameof(TreatmentOption.Modify),
            ["controls"] = "A.6.2.6",
            ["plan"] = "Rebuild the grounding index nightly and test refund answers before each release.",
        });
        var treatClosed = await slack.SubmitViewAsync(residual, Admin, new()
        {
            ["owner"] = "UTREATER",
            ["dueDate"] = "2026-12-15",
            ["residualLikelihood"] = "2",
            ["residualImpact"] = "2",
        });
        await slack.PressAsync(Admin, "CTREAT", treatMessage, "Step 3 of 3", "risk-treat/next");
        await slack.Api.WaitForAsync("chat.update", c => c.Channel == "CTREAT" && c.Text.Contains("Rebuild the grounding index nightly", StringComparison.Ordinal) && !c.Text.Contains("risk-treat/next", StringComparison.Ordinal));
        var treated = slack.Factory.Services.GetRequiredService<IRiskStore>().Get("R-0001");

        // Assert
        Assert.Null(closed);
        Assert.Null(treatClosed);
        Assert.NotNull(raised);
        Assert.Equal((system.Id, 4, 3, RiskSource.Robustness), (raised.SystemId, raised.Likelihood, raised.Impact, raised.Source));
        Assert.Equal(["A.6.2.4"], raised.ExistingControls);
        Assert.Equal(RiskStatus.TreatmentPlanned, treated!.Status);
        Assert.Equal(["A.6.2.6"], treated.Treatment!.Controls);
        Assert.Equal((2, 2), (treated.Treatment.ResidualLikelihood, treated.Treatment.ResidualImpact));
        Assert.Equal(new DateTime(2026, 12, 15), treated.Treatment.DueDate?.Date);
        Assert.Equal($"slack:{SlackFixture.Team}:{Admin}", raised.OwnerKey);
        Assert.Equal($"slack:{SlackFixture.Team}:UTREATER", treated.Treatment.OwnerKey);
        Assert.Contains("\"type\":\"users_select\"", residual.ToJsonString(), StringComparison.Ordinal);
    }
}
