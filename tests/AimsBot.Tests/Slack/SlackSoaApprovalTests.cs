using System.Net;

namespace AimsBot.Tests.Slack;

/// <summary><c>soa approve</c> through the real Slack edge: a signed slash command in, the approval card out to the committee member's DM.</summary>
public sealed class SlackSoaApprovalTests(SlackRolesFixture slack) : IClassFixture<SlackRolesFixture>
{
    [Fact]
    public async Task Admin_Sends_The_Soa_And_The_Committee_Member_Gets_The_Approval_Card()
    {
        // Arrange
        var direct = "D" + SlackFixture.Committee;
        using var hello = await slack.EventAsync(SlackFixture.DirectMessage("EvSOAHELLO", SlackFixture.Committee, "help"));
        await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == direct);

        // Act
        using var response = await slack.CommandAsync(SlackRolesFixture.Admin, "CSOA", "soa approve");
        var card = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == direct && c.Text.Contains("Statement of Applicability, version 1", StringComparison.Ordinal));
        var sent = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CSOA");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Becomes", card.Text, StringComparison.Ordinal);
        Assert.Contains("First approved version: 0 applicable, 0 excluded, 38 unanswered.", card.Text, StringComparison.Ordinal);
        Assert.Contains("Sent the Statement of Applicability to 1 committee member for approval as version 1.", sent.Text, StringComparison.Ordinal);
    }
}
