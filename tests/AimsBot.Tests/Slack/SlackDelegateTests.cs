using AimsBot.Core.Governance;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>The attestation delegate picked with Slack's users_select in a modal, through the real Slack edge.</summary>
public sealed class SlackDelegateTests(SlackRolesFixture slack) : IClassFixture<SlackRolesFixture>
{
    private const string Admin = SlackRolesFixture.Admin;

    [Fact]
    public async Task The_Delegate_Is_Picked_With_Users_Select_And_Stored_As_That_Slack_User()
    {
        // Arrange
        var systems = slack.Factory.Services.GetRequiredService<IAiSystemStore>();
        var system = systems.Add(new AiSystem
        {
            Name = "Invoice reader",
            Purpose = "Reads supplier invoices",
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
        });

        // Act
        var (_, view) = await slack.OpenFormAsync(Admin, "CDELEGATE", "delegate " + system.Id);
        var closed = await slack.SubmitViewAsync(view, Admin, new() { ["person"] = "UDELEGATE" });
        await slack.Api.WaitForAsync("chat.update", c => c.Channel == "CDELEGATE" && c.Text.Contains("attestation delegated", StringComparison.Ordinal));

        // Assert
        Assert.Contains("\"type\":\"users_select\"", view.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(closed);
        Assert.Equal($"slack:{SlackFixture.Team}:UDELEGATE", systems.Get(system.Id)!.AttestationDelegateKey);
        Assert.Contains(slack.Factory.Services.GetRequiredService<IAuditLog>().ForEntity("aisystem:" + system.Id), e => e.Action == "aisystem.attestation-delegated");
    }
}
