using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Impact;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>An admin, and the longest synchronous budget Slack allows: the five-step form renders large modals on a busy machine.</summary>
public sealed class SlackImpactFixture : SlackFixture
{
    protected override void Configure(SlackBotFactory factory)
    {
        factory.Settings["Roles:Admins:0"] = $"slack:{Team}:{SlackRolesFixture.Admin}";
        factory.Settings["Slack:SyncBudget"] = "00:00:02.900";
    }
}

/// <summary>The impact assessment form through the real Slack edge: a signed slash command, the form's modals step by step, errors in place.</summary>
public sealed class SlackImpactFormTests(SlackImpactFixture slack) : IClassFixture<SlackImpactFixture>
{
    [Fact]
    public async Task Admin_Opens_The_Impact_Assessment_Modal_Sees_Errors_In_Place_And_Moves_To_The_Harms()
    {
        // Arrange
        var system = slack.Factory.Services.GetRequiredService<IAiSystemStore>().Add(new AiSystem
        {
            Name = "CV screening assistant",
            Purpose = "Ranks CVs",
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
            PersonalData = true,
        });

        // Act
        using var command = await slack.CommandAsync(SlackRolesFixture.Admin, "CIMPACT", "impact " + system.Id);
        var message = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CIMPACT");
        using var click = await slack.InteractionAsync(SlackFlow.Click(SlackRolesFixture.Admin, "CIMPACT", message.PostedTs!, SlackFlow.Button(message.Json, "aims.open_form")));
        var context = (await slack.Api.WaitForAsync("views.open", c => c.Json["view"]!["private_metadata"]!.GetValue<string>().Contains("CIMPACT", StringComparison.Ordinal))).Json["view"]!.AsObject();
        using var empty = await slack.InteractionAsync(SlackFlow.Submit(context, SlackRolesFixture.Admin, []));
        var errors = await JsonAsync(empty);
        var harms1 = (await JsonAsync(await slack.InteractionAsync(SlackFlow.Submit(context, SlackRolesFixture.Admin, new()
        {
            ["purpose"] = "Ranks CVs for recruiters",
            ["affected"] = "Job applicants",
            ["benefits"] = "Faster answers",
        }))))["view"]!.AsObject();

        // Assert
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        Assert.Equal("errors", errors["response_action"]!.GetValue<string>());
        Assert.NotNull(errors["errors"]!["benefits"]);
        Assert.Equal("impact-assess/next", harms1["callback_id"]!.GetValue<string>());
        Assert.Contains("fairnessApplies", harms1.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Admin_Walks_The_Whole_Impact_Assessment_In_Slack_From_The_Command_To_The_Saved_Record(bool fairnessApplies)
    {
        // Arrange
        var system = slack.Factory.Services.GetRequiredService<IAiSystemStore>().Add(new AiSystem
        {
            Name = "Chat triage bot",
            Purpose = "Routes support chats",
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
        });
        var channel = fairnessApplies ? "CWALKHARM" : "CWALKNONE";
        const string admin = SlackRolesFixture.Admin;

        // Act
        var (message, context) = await slack.OpenFormAsync(admin, channel, "impact " + system.Id);
        var harms1 = await slack.NextViewAsync(context, admin, new()
        {
            ["purpose"] = "Routes support chats to the right team",
            ["affected"] = "Customers writing to support",
            ["benefits"] = "Faster answers",
        });
        var harms2 = await slack.NextViewAsync(harms1, admin, !fairnessApplies ? [] : new()
        {
            ["fairnessApplies"] = "true",
            ["fairnessHarm"] = "Some accents are routed to slower queues",
            ["fairnessSeverity"] = "3",
            ["fairnessLikelihood"] = "2",
            ["fairnessReversibility"] = "Reversible",
        });
        var conclusion = await slack.NextViewAsync(harms2, admin, []);
        var closed = await slack.SubmitViewAsync(conclusion, admin, new()
        {
            ["misuse"] = "Used to profile customers",
            ["mitigations"] = "Queue times monitored by language",
            ["oversight"] = "Team leads review the routing weekly",
            ["conclusion"] = "Proceed",
        });
        await slack.PressAsync(admin, channel, message, "Save and send for review", "impact-assess/next");
        var saved = await slack.Api.WaitForAsync("chat.update", c => c.Channel == channel && c.Text.Contains("IA-", StringComparison.Ordinal));

        // Assert
        Assert.Contains("transparencyApplies", harms2.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("misuse", conclusion.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(closed); // the summary has no inputs: the modal closes and the message shows it with its Save button
        var assessment = Assert.Single(slack.Factory.Services.GetRequiredService<IImpactStore>().ForSystem(system.Id));
        Assert.Equal(ImpactConclusion.Proceed, assessment.Conclusion);
        Assert.Equal(fairnessApplies ? [ImpactDimension.Fairness] : [], assessment.Harms.Where(h => h.Applies).Select(h => h.Dimension));
        Assert.Contains(assessment.Id, saved.Text, StringComparison.Ordinal);
    }

    private async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(body.Length > 0, $"{(int)response.StatusCode} with no body: " + string.Join(" | ", slack.Api.CallsTo("chat.postMessage").Concat(slack.Api.CallsTo("chat.update")).Select(c => c.Text)));
        return JsonNode.Parse(body)!;
    }
}
