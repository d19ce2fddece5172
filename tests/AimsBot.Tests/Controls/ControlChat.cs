using AimsBot.Core.Conversations;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Controls;

/// <summary>Steps the controls transcripts share: assigning with a mention, opening and filling the answer card.</summary>
internal static class ControlChat
{
    public static UserRef Owner { get; } = TranscriptHarness.Person("owner-1", "Megan Bowen");

    public static UserRef Stranger { get; } = TranscriptHarness.Person("user-9", "Joni Sherman");

    public static Task<IReadOnlyList<Reply>> SayWithMentionsAsync(TranscriptHarness chat, string text, UserRef user, params UserRef[] mentions) =>
        chat.RunAsync(chat.NewTurn(TurnKind.Message, user) with { Text = text, Mentions = mentions });

    public static async Task AssignAsync(TranscriptHarness chat, string target, UserRef owner)
    {
        var replies = await SayWithMentionsAsync(chat, $"assign {target} <at>{owner.Name}</at>", TranscriptHarness.Admin, owner);
        Assert.Contains(replies, r => r.RecipientUserKey == owner.Key);
    }

    public static async Task<Reply> OpenAnswerCardAsync(TranscriptHarness chat, string controlId, UserRef user)
    {
        var replies = await chat.SayAsync("answer " + controlId, user);
        var card = Assert.Single(replies);
        Assert.Equal("control-answer", card.Card?.TemplateId);
        return card;
    }

    public static Dictionary<string, string> Applicable(string controlId, string status = "Implemented", string targetDate = "") => new()
    {
        ["verb"] = "answer/next",
        ["control"] = controlId,
        ["applicability"] = "Applicable",
        ["reasons"] = "RiskTreatment,GoodPractice",
        ["justification"] = "Treats the risk of unlogged model decisions.",
        ["implementation"] = status is "Implemented" or "PartiallyImplemented" ? "The MLOps pipeline logs every prediction." : "",
        ["status"] = status,
        ["targetDate"] = targetDate,
        ["nextReview"] = "2027-11-01",
    };

    public static Dictionary<string, string> Excluded(string controlId, string justification) => new()
    {
        ["verb"] = "answer/next",
        ["control"] = controlId,
        ["applicability"] = "Excluded",
        ["justification"] = justification,
        ["nextReview"] = "2027-11-01",
    };
}
