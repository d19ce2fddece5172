using System.Net;

namespace AimsBot.Tests.Slack;

public sealed class SlackSyncBudgetTests(SlowDialogFixture slack) : IClassFixture<SlowDialogFixture>
{
    [Fact]
    public async Task ViewSubmission_Closes_Modal_When_Budget_Runs_Out_And_Outbox_Delivers_Later()
    {
        // Arrange
        var metadata = "{\"ch\":\"CSLOW\",\"ts\":\"1762074000.000009\",\"ct\":\"channel\",\"d\":{\"verb\":\"slow/go\",\"cardId\":\"slow-card\"},\"off\":{}}";
        var payload = SlackFlow.Submission("USLOW", metadata, new() { ["note"] = "x" });

        // Act
        var pending = slack.InteractionAsync(payload);
        await slack.Slow.Started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        slack.Factory.Time.Advance(TimeSpan.FromSeconds(3));

        using var response = await pending;
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        slack.Slow.Release.TrySetResult();
        var later = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CSLOW");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", body);
        Assert.Equal("Finished the slow work.", later.Json["text"]!.GetValue<string>());
    }
}
