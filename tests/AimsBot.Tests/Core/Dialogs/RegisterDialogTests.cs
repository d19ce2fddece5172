using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

public sealed class RegisterDialogTests
{
    [Fact]
    public async Task Register_Walks_Three_Cards_And_Creates_A_Pending_System()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);

        // Act
        var step1 = Assert.Single(await chat.SayAsync("register"));
        var step2 = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1()));
        var step3 = Assert.Single(await chat.SubmitAsync(step2, RegistrationSteps.Step2()));
        var final = await chat.SubmitAsync(step3, RegistrationSteps.Step3());

        // Assert
        Assert.Equal("register-step1", step1.Card!.TemplateId);
        Assert.Equal("register-step2", step2.Card!.TemplateId);
        Assert.Equal("card-message-1", step2.ReplaceMessageId);
        Assert.Equal("register-step3", step3.Card!.TemplateId);
        Assert.Equal(2, final.Count);
        var summary = final[0];
        Assert.Equal("register-summary", summary.Card!.TemplateId);
        Assert.Equal("AI-0001", summary.Card.Data["id"]!.GetValue<string>());
        Assert.Equal("card-message-1", summary.ReplaceMessageId);
        var approval = final[1];
        Assert.Equal("approval-request", approval.Card!.TemplateId);
        Assert.Equal(TranscriptHarness.CommitteeMember.Key, approval.RecipientUserKey);

        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal(ApprovalStatus.Pending, system.Approval);
        Assert.Equal("Contoso Legal AI", system.Supplier);
        Assert.Equal(["EU", "UK"], system.Jurisdictions);
        Assert.Equal([DataUse.Input, DataUse.Output], system.DataUses);
        Assert.Equal(TranscriptHarness.Requester.Key, system.BusinessOwnerKey);
        var entry = Assert.Single(chat.Get<IAuditLog>().ForEntity("aisystem:AI-0001"));
        Assert.Equal("aisystem.registered", entry.Action);
        Assert.Equal(TranscriptHarness.Requester.Key, entry.ActorKey);
        Assert.Contains("Contract review assistant", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Reshows_The_Card_With_Errors_And_Values_When_Fields_Are_Missing()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var step1 = Assert.Single(await chat.SayAsync("register"));
        var inputs = RegistrationSteps.Step1();
        inputs.Remove("purpose");
        inputs["name"] = new string('x', 121);

        // Act
        var reshown = Assert.Single(await chat.SubmitAsync(step1, inputs));

        // Assert
        Assert.Equal("register-step1", reshown.Card!.TemplateId);
        Assert.Equal(step1.Card!.Data["cardId"]!.GetValue<string>(), reshown.Card.Data["cardId"]!.GetValue<string>());
        Assert.Contains("120", reshown.FieldErrors!["name"], StringComparison.Ordinal);
        Assert.Equal("Purpose and intended use is required.", reshown.FieldErrors["purpose"]);
        Assert.Equal("Deployer", reshown.Card.Data["values"]!["role"]!.GetValue<string>());
        Assert.True(reshown.Card.Data["errors"]!["purpose"] is not null);
        Assert.Equal(0, chat.Get<IAiSystemStore>().Count());
    }

    [Fact]
    public async Task Register_Requires_A_Supplier_For_Bought_Systems_And_Categories_For_Personal_Data()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var step1 = Assert.Single(await chat.SayAsync("register"));
        var step2 = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1()));
        var inputs = RegistrationSteps.Step2();
        inputs["supplier"] = "";
        inputs["dataCategories"] = "";
        inputs["stage"] = "Launched";

        // Act
        var reshown = Assert.Single(await chat.SubmitAsync(step2, inputs));

        // Assert
        Assert.Equal(["dataCategories", "stage", "supplier"], reshown.FieldErrors!.Keys.Order());
    }

    [Fact]
    public async Task Register_Warns_Of_A_Similar_Name_Once_Before_Creating()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await RegistrationSteps.RegisterAsync(chat, "Contract review assistant");
        var step1 = Assert.Single(await chat.SayAsync("register"));

        // Act
        var warned = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1("Contract-review assistent")));
        var next = Assert.Single(await chat.SubmitAsync(warned, RegistrationSteps.Step1("Contract-review assistent")));

        // Assert
        Assert.Contains("AI-0001", warned.FieldErrors!["name"], StringComparison.Ordinal);
        Assert.Equal("register-step2", next.Card!.TemplateId);
    }

    [Fact]
    public async Task Register_Creates_Nothing_When_The_Same_Card_Is_Submitted_Twice()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var step1 = Assert.Single(await chat.SayAsync("register"));
        var step2 = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1()));
        var step3 = Assert.Single(await chat.SubmitAsync(step2, RegistrationSteps.Step2()));
        await chat.SubmitAsync(step3, RegistrationSteps.Step3());

        // Act
        var again = Assert.Single(await chat.SubmitAsync(step3, RegistrationSteps.Step3()));
        var stale = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1()));

        // Assert
        Assert.Contains("already submitted", again.Text, StringComparison.Ordinal);
        Assert.Equal(CardOutcome.Refused, again.Outcome);
        Assert.Contains("no longer active", stale.Text, StringComparison.Ordinal);
        Assert.Equal(CardOutcome.Refused, stale.Outcome);
        Assert.Equal(1, chat.Get<IAiSystemStore>().Count());
    }

    [Fact]
    public async Task Cancel_Ends_The_Form_And_Its_Card_No_Longer_Works()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var step1 = Assert.Single(await chat.SayAsync("register"));

        // Act
        var cancelled = Assert.Single(await chat.SayAsync("cancel"));
        var late = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1()));
        var nothing = Assert.Single(await chat.SayAsync("cancel"));

        // Assert
        Assert.Equal("Cancelled. Nothing was saved.", cancelled.Text);
        Assert.Contains("no longer active", late.Text, StringComparison.Ordinal);
        Assert.Contains("nothing to cancel", nothing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_During_The_Form_Points_Back_To_The_Card()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        await chat.SayAsync("register");

        // Act
        var reply = Assert.Single(await chat.SayAsync("it is a chatbot"));

        // Assert
        Assert.Contains("fill in the card", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Says_So_When_No_Committee_Member_Can_Be_Reached()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var final = Assert.Single(await RegistrationSteps.RegisterAsync(chat));

        // Assert
        Assert.Contains("No committee member", final.Card!.Data["routed"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
