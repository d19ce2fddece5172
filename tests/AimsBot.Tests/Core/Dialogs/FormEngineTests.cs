using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

/// <summary>The form engine through the registration form: back and forward, stale and foreign cards, resume.</summary>
public sealed class FormEngineTests
{
    [Fact]
    public async Task Back_Returns_To_The_Previous_Card_With_Its_Values_And_Stale_Cards_Change_Nothing()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var step1 = Assert.Single(await chat.SayAsync("register"));
        var step2 = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1()));

        // Act
        var back = Assert.Single(await chat.SubmitAsync(step2, new Dictionary<string, string> { ["verb"] = "register/back" }));
        var staleStep2 = Assert.Single(await chat.SubmitAsync(step2, RegistrationSteps.Step2()));
        var forward = Assert.Single(await chat.SubmitAsync(back, RegistrationSteps.Step1("Renamed assistant")));

        // Assert
        Assert.Equal("register-step1", back.Card!.TemplateId);
        Assert.Equal(CardOutcome.NextStep, back.Outcome);
        Assert.Equal("Contract review assistant", back.Card.Data["values"]!["name"]!.GetValue<string>());
        Assert.False(back.Card.Data["canGoBack"]!.GetValue<bool>());
        Assert.Equal(CardOutcome.Refused, staleStep2.Outcome);
        Assert.Contains("earlier step", staleStep2.Text, StringComparison.Ordinal);
        Assert.Equal("register-step2", forward.Card!.TemplateId);
        Assert.True(forward.Card.Data["canGoBack"]!.GetValue<bool>());
        Assert.Equal("", forward.Card.Data["values"]!["source"]!.GetValue<string>());
        Assert.Equal(0, chat.Get<IAiSystemStore>().Count());
    }

    [Fact]
    public async Task Another_Persons_Card_Is_Refused_And_Changes_Nothing()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var step1 = Assert.Single(await chat.SayAsync("register"));

        // Act
        var foreign = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1(), TranscriptHarness.CommitteeMember));
        var own = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1()));

        // Assert
        Assert.Equal(CardOutcome.Refused, foreign.Outcome);
        Assert.Contains("someone else's registration", foreign.Text, StringComparison.Ordinal);
        Assert.Equal("register-step2", own.Card!.TemplateId);
    }

    [Fact]
    public async Task Starting_Again_Offers_To_Resume_Or_Discard_The_Unfinished_Form()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var step1 = Assert.Single(await chat.SayAsync("register"));
        var step2 = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1()));
        chat.Time.Advance(TimeSpan.FromDays(1));

        // Act
        var offer = Assert.Single(await chat.SayAsync("register"));
        var resumed = Assert.Single(await chat.SubmitAsync(offer, new Dictionary<string, string> { ["verb"] = "form/resume" }));
        var oldCard = Assert.Single(await chat.SubmitAsync(step2, RegistrationSteps.Step2()));
        var offerAgain = Assert.Single(await chat.SayAsync("register"));
        var discarded = Assert.Single(await chat.SubmitAsync(offerAgain, new Dictionary<string, string> { ["verb"] = "form/discard", ["next"] = "register", ["arguments"] = "" }));

        // Assert
        Assert.Equal("form-resume", offer.Card!.TemplateId);
        Assert.Contains("yesterday", offer.Card.Data["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("register-step2", resumed.Card!.TemplateId);
        Assert.Equal("Step 2 of 3", resumed.Card.Data["progress"]!.GetValue<string>());
        Assert.Equal(CardOutcome.Refused, oldCard.Outcome);
        Assert.Equal("register-step1", discarded.Card!.TemplateId);
        Assert.Equal("", discarded.Card.Data["values"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Oversight_Is_Required_When_Decisions_Affect_Peoples_Rights()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var step1 = Assert.Single(await chat.SayAsync("register"));
        var step2 = Assert.Single(await chat.SubmitAsync(step1, RegistrationSteps.Step1()));
        var step3 = Assert.Single(await chat.SubmitAsync(step2, RegistrationSteps.Step2()));
        var inputs = RegistrationSteps.Step3();
        inputs["oversight"] = "";
        inputs["significantEffects"] = "true";

        // Act
        var reshown = Assert.Single(await chat.SubmitAsync(step3, inputs));
        inputs["significantEffects"] = "false";
        var accepted = await chat.SubmitAsync(reshown, inputs);

        // Assert
        Assert.Equal(CardOutcome.Invalid, reshown.Outcome);
        Assert.Contains("required when decisions are fully automated", reshown.FieldErrors!["oversight"], StringComparison.Ordinal);
        Assert.Equal("register-summary", accepted[0].Card!.TemplateId);
        Assert.Equal(CardOutcome.Done, accepted[0].Outcome);
    }
}
