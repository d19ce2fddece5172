using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Impact;
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

    [Fact]
    public async Task Admin_Walks_The_Whole_Impact_Assessment_In_Teams_And_The_Card_Becomes_The_Saved_Record()
    {
        // Arrange
        using var client = _factory.CreateClient();
        var system = _factory.Services.GetRequiredService<IAiSystemStore>().Add(new AiSystem
        {
            Name = "Chat triage bot",
            Purpose = "Routes support chats",
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
        });
        var typed = TeamsBotFactory.Activity("message", Person);
        typed["text"] = "impact " + system.Id;

        // Act
        using var start = await _factory.PostActivityAsync(typed.ToJsonString(), "Bearer " + _factory.Keys.ChannelToken());
        var context = Card(await _factory.Connector.WaitForAsync(r => r.Method == HttpMethod.Post && r.Body.Contains("Step 1 of 5", StringComparison.Ordinal)));
        var harms1 = await SubmitAsync(context, "Step 2 of 5", new()
        {
            ["purpose"] = "Routes support chats to the right team",
            ["affected"] = "Customers writing to support",
            ["benefits"] = "Faster answers",
        });
        var harms2 = await SubmitAsync(harms1, "Step 3 of 5", new()
        {
            ["privacyApplies"] = "true",
            ["privacyHarm"] = "Chat transcripts kept longer than needed",
            ["privacySeverity"] = "2",
            ["privacyLikelihood"] = "3",
            ["privacyReversibility"] = "PartlyReversible",
        });
        var conclusion = await SubmitAsync(harms2, "Step 4 of 5", []);
        var confirm = await SubmitAsync(conclusion, "Step 5 of 5", new()
        {
            ["misuse"] = "Used to profile customers",
            ["mitigations"] = "Transcripts deleted after 30 days",
            ["oversight"] = "Team leads review the routing weekly",
            ["conclusion"] = "ProceedWithConditions",
            ["conditions"] = "Retention job in place before launch",
        });
        var saved = await SubmitAsync(confirm, "IA-0001", []);

        // Assert
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Contains("Save and send for review", confirm.ToJsonString(), StringComparison.Ordinal);
        var assessment = Assert.Single(_factory.Services.GetRequiredService<IImpactStore>().ForSystem(system.Id));
        Assert.Equal(ImpactConclusion.ProceedWithConditions, assessment.Conclusion);
        Assert.Equal([ImpactDimension.Privacy], assessment.Harms.Where(h => h.Applies).Select(h => h.Dimension));
        Assert.Contains("Chat transcripts kept longer than needed", saved.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>Presses the card's first action as Teams sends it (data and every input's value), and waits for the card update that contains <paramref name="expect"/>.</summary>
    private async Task<JsonObject> SubmitAsync(JsonObject card, string expect, Dictionary<string, string> typed)
    {
        var value = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in Inputs(card))
        {
            var id = input["id"]!.GetValue<string>();
            value[id] = typed.TryGetValue(id, out var text) ? text : input["value"]?.GetValue<string>() ?? "";
        }

        var submit = TeamsBotFactory.Activity("message", Person);
        submit["id"] = "impact-walk-" + Guid.NewGuid().ToString("N");
        submit["replyToId"] = "activity-1";
        submit["value"] = value;
        var seen = _factory.Connector.Requests.Count;
        using var response = await _factory.PostActivityAsync(submit.ToJsonString(), "Bearer " + _factory.Keys.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var update = await _factory.Connector.WaitForAsync(r => r.Number > seen && r.Method == HttpMethod.Put && r.Body.Contains(expect, StringComparison.Ordinal));
        return Card(update);
    }

    private static JsonObject Card(RecordedRequest request) => JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!.AsObject();

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal) => [o],
        JsonObject o => o.Where(kv => kv.Key != "actions").SelectMany(kv => Inputs(kv.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };
}
