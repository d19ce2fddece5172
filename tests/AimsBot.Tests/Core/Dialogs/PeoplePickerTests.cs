using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

/// <summary>Owners chosen with the platform's people picker, and a typed name where there is none.</summary>
public sealed class PeoplePickerTests
{
    private const string PickedAad = "5f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";

    public static TheoryData<Platform, string?, string?, bool> Conversations => new()
    {
        { Platform.Slack, null, "slack", true },
        { Platform.Teams, "https://smba.trafficmanager.net/teams/", "msteams", true },
        { Platform.Teams, "http://localhost:56150/_connector", "msteams", false },
        { Platform.Teams, "http://127.0.0.1:56150/", "msteams", false },
        { Platform.Teams, "https://smba.trafficmanager.net/teams/", "emulator", false },
        { Platform.Teams, null, "msteams", false },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public void The_Picker_Is_Offered_Where_The_Platform_Has_A_Directory(Platform platform, string? serviceUrl, string? channel, bool expected)
    {
        // Arrange
        var conversation = new ConversationRef(platform, "tenant-1", "c-1") { ServiceUrl = serviceUrl, ChannelId = channel };

        // Act
        var available = PeopleDirectory.PickerAvailable(conversation);

        // Assert
        Assert.Equal(expected, available);
    }

    [Fact]
    public async Task A_Person_Picked_In_Teams_Becomes_The_Owner_And_An_Edit_Shows_Them_Picked()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var card = Assert.Single(await chat.SayAsync("register"));
        var step1 = RegistrationSteps.Step1();
        step1["owner"] = PickedAad;

        // Act
        card = Assert.Single(await chat.SubmitAsync(card, step1));
        card = Assert.Single(await chat.SubmitAsync(card, RegistrationSteps.Step2()));
        await chat.SubmitAsync(card, RegistrationSteps.Step3());
        var edit = Assert.Single(await chat.SayAsync("edit AI-0001", TranscriptHarness.Admin));

        // Assert
        var system = chat.Get<IAiSystemStore>().Get("AI-0001")!;
        Assert.Equal($"teams:tenant-1:{PickedAad}", system.BusinessOwnerKey);
        Assert.True(edit.Card!.Data["ownerPicker"]!.GetValue<bool>());
        Assert.Equal(PickedAad, edit.Card.Data["ownerPick"]!.GetValue<string>());
        Assert.Equal(PickedAad, edit.Card.Data["ownerChoices"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_Untouched_Picker_In_An_Edit_Keeps_The_Owner()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var card = Assert.Single(await chat.SayAsync("register"));
        var step1 = RegistrationSteps.Step1();
        step1["owner"] = PickedAad;
        card = Assert.Single(await chat.SubmitAsync(card, step1));
        card = Assert.Single(await chat.SubmitAsync(card, RegistrationSteps.Step2()));
        await chat.SubmitAsync(card, RegistrationSteps.Step3());
        var edit = Assert.Single(await chat.SayAsync("edit AI-0001", TranscriptHarness.Admin));
        var unchanged = RegistrationSteps.Step1();
        unchanged["owner"] = edit.Card!.Data["ownerPick"]!.GetValue<string>();

        // Act
        var next = Assert.Single(await chat.SubmitAsync(edit, unchanged, TranscriptHarness.Admin));

        // Assert
        Assert.Null(next.FieldErrors);
        Assert.Equal(CardOutcome.NextStep, next.Outcome);
        Assert.Equal($"teams:tenant-1:{PickedAad}", chat.Get<IAiSystemStore>().Get("AI-0001")!.BusinessOwnerKey);
    }

    [Fact]
    public async Task An_Owner_Known_Only_By_A_Typed_Name_Keeps_The_Text_Input_In_An_Edit()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var card = Assert.Single(await chat.SayAsync("register"));
        var step1 = RegistrationSteps.Step1();
        step1["owner"] = "Nestor Wilke";
        card = Assert.Single(await chat.SubmitAsync(card, step1));
        card = Assert.Single(await chat.SubmitAsync(card, RegistrationSteps.Step2()));
        await chat.SubmitAsync(card, RegistrationSteps.Step3());

        // Act
        var edit = Assert.Single(await chat.SayAsync("edit AI-0001", TranscriptHarness.Admin));

        // Assert
        Assert.False(edit.Card!.Data["ownerPicker"]!.GetValue<bool>());
        Assert.Equal("Nestor Wilke", edit.Card.Data["values"]!["owner"]!.GetValue<string>());
        Assert.Equal("", chat.Get<IAiSystemStore>().Get("AI-0001")!.BusinessOwnerKey);
    }
}
