using AimsBot.Core.Conversations;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Dialogs;

/// <summary>Valid answers for each registration step, and a helper that walks the whole form.</summary>
internal static class RegistrationSteps
{
    public static Dictionary<string, string> Step1(string name = "Contract review assistant") => new()
    {
        ["verb"] = "register/next",
        ["name"] = name,
        ["purpose"] = "Suggests redlines for supplier contracts",
        ["role"] = "Deployer",
    };

    public static Dictionary<string, string> Step2() => new()
    {
        ["verb"] = "register/next",
        ["source"] = "Saas",
        ["supplier"] = "Contoso Legal AI",
        ["stage"] = "Testing",
        ["personalData"] = "true",
        ["dataUses"] = "Input,Output",
        ["dataCategories"] = "Names and signatures of contract parties",
        ["jurisdictions"] = "EU, UK",
    };

    public static Dictionary<string, string> Step3() => new()
    {
        ["verb"] = "register/next",
        ["affectedPeople"] = "Legal team; counterparties",
        ["autonomy"] = "HumanInTheLoop",
        ["oversight"] = "A lawyer reviews every suggestion.",
    };

    /// <summary>Types register and submits the three steps; returns the final replies.</summary>
    public static async Task<IReadOnlyList<Reply>> RegisterAsync(TranscriptHarness chat, string name = "Contract review assistant", UserRef? user = null)
    {
        var card = Assert.Single(await chat.SayAsync("register", user));
        card = Assert.Single(await chat.SubmitAsync(card, Step1(name), user));
        if (card.FieldErrors is { Count: > 0 })
        {
            // The duplicate warning: submitting again continues.
            card = Assert.Single(await chat.SubmitAsync(card, Step1(name), user));
        }

        card = Assert.Single(await chat.SubmitAsync(card, Step2(), user));
        return await chat.SubmitAsync(card, Step3(), user);
    }
}
