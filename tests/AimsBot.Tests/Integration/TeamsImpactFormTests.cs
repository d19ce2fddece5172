using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Core.Governance;
using AimsBot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Integration;

/// <summary>The impact assessment form through the real Teams edge: JWTs signed with the test keys, cards sent and updated through the Connector.</summary>
public sealed class TeamsImpactFormTests : IDisposable
{
    private const string Person = "impact-1";

    private readonly TeamsBotFactory _factory = new TeamsBotFactory().WithAppId();

    public TeamsImpactFormTests() => _factory.Settings["Roles:Admins:0"] = $"teams:{TestBotKeys.TenantId}:aad-{Person}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Admin_Starts_The_Form_And_Its_First_Card_Moves_On_To_The_Harms()
    {
        // Arrange
        using var client = _factory.CreateClient();
        var system = _factory.Services.GetRequiredService<IAiSystemStore>().Add(new AiSystem
        {
            Name = "CV screening assistant",
            Purpose = "Ranks CVs",
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
        });
        var typed = TeamsBotFactory.Activity("message", Person);
        typed["text"] = "impact " + system.Id;

        // Act
        using var start = await _factory.PostActivityAsync(typed.ToJsonString(), "Bearer " + _factory.Keys.ChannelToken());
        var first = await _factory.Connector.Received.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        _factory.Connector.Received = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var card = JsonNode.Parse(first.Body)!["attachments"]![0]!["content"]!;
        var submit = TeamsBotFactory.Activity("message", Person);
        submit["id"] = "impact-submit";
        submit["replyToId"] = "activity-1";
        submit["value"] = new JsonObject
        {
            ["verb"] = "impact-assess/next",
            ["cardId"] = card["actions"]![0]!["data"]!["cardId"]!.DeepClone(),
            ["purpose"] = "Ranks CVs for recruiters",
            ["affected"] = "Job applicants",
            ["benefits"] = "Faster answers",
        };
        using var next = await _factory.PostActivityAsync(submit.ToJsonString(), "Bearer " + _factory.Keys.ChannelToken());
        var moved = await _factory.Connector.Received.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        using var forged = await _factory.PostActivityAsync(submit.ToJsonString().Replace("impact-submit", "impact-forged", StringComparison.Ordinal), "Bearer " + _factory.Keys.UnsignedChannelToken());

        // Assert
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Contains("Impact assessment of AI-0001 CV screening assistant", first.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(HttpMethod.Put, moved.Method);
        Assert.Contains("fairnessApplies", moved.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }
}
