using System.Net;
using System.Text.Json.Nodes;
using AimsBot.Core.Governance;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>End to end through the host: signed requests in, the inbox and outbox, Web API calls out to the fake.</summary>
public sealed class SlackFlowTests(SlackFixture slack) : IClassFixture<SlackFixture>
{
    [Fact]
    public async Task SlashCommand_Help_Acknowledges_At_Once_And_Posts_Help_Card_To_Channel()
    {
        // Act
        using var response = await slack.CommandAsync("UHELP", "CHELP", "");
        var post = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CHELP");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Bearer " + SlackFixture.Token, post.Authorization);
        Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal);
        Assert.Equal("section", post.Json["blocks"]![0]!["type"]!.GetValue<string>());
        Assert.Contains("*What I can do*", post.Text, StringComparison.Ordinal);
        Assert.Contains("register", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppMention_In_Channel_Runs_The_Same_Command_Router()
    {
        // Arrange
        var mention = SlackFixture.Envelope("EvMENTION", new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "UMENTION",
            ["channel"] = "CMENTION",
            ["text"] = $"<@{SlackFixture.BotUser}> systms",
            ["ts"] = "1762074000.000200",
        });

        // Act
        using var response = await slack.EventAsync(mention);
        var post = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CMENTION");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Did you mean *systems*?", post.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomeOpened_Publishes_The_Persons_Home_View()
    {
        // Arrange
        var opened = SlackFixture.Envelope("EvHOME", new JsonObject
        {
            ["type"] = "app_home_opened",
            ["user"] = "UHOME",
            ["channel"] = "DUHOME",
            ["tab"] = "home",
            ["event_ts"] = "1762074000.000300",
        });

        // Act
        using var response = await slack.EventAsync(opened);
        var publish = await slack.Api.WaitForAsync("views.publish", c => c.Json["user_id"]?.GetValue<string>() == "UHOME");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("home", publish.Json["view"]!["type"]!.GetValue<string>());
        Assert.Contains("Your AI systems", publish.Body, StringComparison.Ordinal);
        Assert.Contains("not registered any AI system yet", publish.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Typed_In_Direct_Message_Answers_In_The_Chat()
    {
        // Act
        using var response = await slack.EventAsync(SlackFixture.DirectMessage("EvHOMETYPED", "UHOMETYPED", "home"));
        var post = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "DUHOMETYPED");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your AI systems", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(slack.Api.CallsTo("views.publish"), c => c.Json["user_id"]?.GetValue<string>() == "UHOMETYPED");
    }

    [Fact]
    public async Task Register_And_Approve_Through_Modals_Show_Errors_In_Place_Move_Steps_And_End_With_Summaries()
    {
        // Arrange: the committee member has written to the bot once, so approvals can reach them.
        using var hello = await slack.EventAsync(SlackFixture.DirectMessage("EvCOMMITTEE", SlackFixture.Committee, "help"));
        await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "D" + SlackFixture.Committee);

        // Act 1: /aims register posts a message whose button opens the form.
        using var command = await slack.CommandAsync("UREG", "CREG", "register");
        var formMessage = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CREG");
        var messageTs = formMessage.PostedTs!;
        var open = SlackFlow.Button(formMessage.Json, "aims.open_form");
        using var click = await slack.InteractionAsync(SlackFlow.Click("UREG", "CREG", messageTs, open));
        var opened = await slack.Api.WaitForAsync("views.open", c => c.Json["view"]!["callback_id"]!.GetValue<string>() == "register/next");
        var step1 = opened.Json["view"]!.AsObject();

        // Act 2: an empty submit is answered with errors next to the fields.
        using var invalid = await slack.InteractionAsync(SlackFlow.Submit(step1, "UREG", []));
        var errors = JsonNode.Parse(await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        // Act 3: a valid step 1 moves the modal to step 2, then step 3, then closes.
        using var valid1 = await slack.InteractionAsync(SlackFlow.Submit(step1, "UREG", new()
        {
            ["name"] = "Contract <!channel> reviewer",
            ["purpose"] = "Flags risky clauses in supplier contracts.",
            ["role"] = "Deployer",
            ["owner"] = "UOWNER",
        }));
        var step2 = JsonNode.Parse(await valid1.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["view"]!.AsObject();
        using var valid2 = await slack.InteractionAsync(SlackFlow.Submit(step2, "UREG", new()
        {
            ["source"] = "Saas",
            ["supplier"] = "Contoso",
            ["stage"] = "Testing",
            ["dataUses"] = "Input,Output",
            ["jurisdictions"] = "UK, EU",
        }));
        var step3 = JsonNode.Parse(await valid2.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["view"]!.AsObject();
        using var valid3 = await slack.InteractionAsync(SlackFlow.Submit(step3, "UREG", new()
        {
            ["affectedPeople"] = "Legal team",
            ["autonomy"] = "HumanInTheLoop",
            ["oversight"] = "A lawyer reviews every flag.",
        }));
        var summary = await slack.Api.WaitForAsync("chat.update", c => c.Channel == "CREG" && c.Body.Contains("AI-0001", StringComparison.Ordinal));
        var approval = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "D" + SlackFixture.Committee && c.Body.Contains("Approval needed", StringComparison.Ordinal));

        // Act 4: the committee member decides through the approval card's modal.
        var approvalTs = approval.PostedTs!;
        using var openApproval = await slack.InteractionAsync(SlackFlow.Click(SlackFixture.Committee, "D" + SlackFixture.Committee, approvalTs, SlackFlow.Button(approval.Json, "aims.open_form")));
        var decideView = (await slack.Api.WaitForAsync("views.open", c => c.Json["view"]!["callback_id"]!.GetValue<string>() == "approval/decide")).Json["view"]!.AsObject();
        using var noReason = await slack.InteractionAsync(SlackFlow.Submit(decideView, SlackFixture.Committee, new() { ["decision"] = "Rejected" }));
        var noReasonErrors = JsonNode.Parse(await noReason.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        using var approve = await slack.InteractionAsync(SlackFlow.Submit(decideView, SlackFixture.Committee, new() { ["decision"] = "Approved" }));
        var decided = await slack.Api.WaitForAsync("chat.update", c => c.Channel == "D" + SlackFixture.Committee && c.Json["ts"]!.GetValue<string>() == approvalTs);
        var told = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "DUREG" && c.Text.Contains("AI-0001", StringComparison.Ordinal));

        // Assert
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal("errors", noReasonErrors["response_action"]!.GetValue<string>());
        Assert.NotNull(noReasonErrors["errors"]!["note"]);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.DoesNotContain("aims.open_form", decided.Body, StringComparison.Ordinal);
        Assert.Contains("Approved", told.Text, StringComparison.Ordinal);
        Assert.Equal("errors", errors["response_action"]!.GetValue<string>());
        Assert.NotNull(errors["errors"]!["name"]);
        Assert.NotNull(errors["errors"]!["purpose"]);
        Assert.Equal("register/next", step2["callback_id"]!.GetValue<string>());
        var ownerBlock = step1["blocks"]!.AsArray().Single(b => b!["block_id"]?.GetValue<string>() == "owner")!;
        Assert.Equal("users_select", ownerBlock["element"]!["type"]!.GetValue<string>());
        Assert.Contains("Step 2 of 3", step2.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Step 3 of 3", step3.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, valid3.StatusCode);
        Assert.Equal("", await valid3.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(messageTs, summary.Json["ts"]!.GetValue<string>());
        Assert.DoesNotContain("aims.open_form", summary.Body, StringComparison.Ordinal);
        Assert.Contains("Contract &lt;!channel&gt; reviewer", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", summary.Text, StringComparison.Ordinal);
        Assert.Contains("aims.open_form", approval.Body, StringComparison.Ordinal);
        var system = slack.Factory.Services.GetRequiredService<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal($"slack:{SlackFixture.Team}:UREG", system.RequesterKey);
        Assert.Equal($"slack:{SlackFixture.Team}:UOWNER", system.BusinessOwnerKey);
        Assert.False(system.PersonalData);
        Assert.Equal([DataUse.Input, DataUse.Output], system.DataUses);
        Assert.Equal(ApprovalStatus.Approved, system.Approval);
        Assert.Equal($"slack:{SlackFixture.Team}:{SlackFixture.Committee}", system.DecidedByKey);
    }
}
