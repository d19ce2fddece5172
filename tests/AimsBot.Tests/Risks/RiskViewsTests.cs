using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Risks;

public sealed class RiskViewsTests
{
    [Fact]
    public async Task Risk_Method_Shows_Scales_Matrix_And_Criteria()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync("risk method"));

        // Assert
        Assert.Equal("risk-method", reply.Card!.TemplateId);
        var data = reply.Card.Data;
        Assert.Contains(chat.Get<RiskMethod>().Stamp, data["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("5 Almost certain", data["likelihood"]![4]!["title"]!.GetValue<string>());
        var rows = data["rows"]!.AsArray();
        Assert.Equal(6, rows.Count);
        Assert.Equal("Almost certain (5)", rows[1]!["cells"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("Critical", rows[1]!["cells"]![5]!["text"]!.GetValue<string>());
        Assert.Equal("attention", rows[1]!["cells"]![5]!["style"]!.GetValue<string>());
        Assert.Equal("Low", rows[5]!["cells"]![1]!["text"]!.GetValue<string>());
        Assert.Equal("May not be accepted: treat it further · review every 3 months · Not acceptable: treat it until it is lower, or stop the activity.", data["levels"]![3]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Risks_Lists_Highest_Level_First_And_Filters()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var chatbot = RiskChat.AddSystem(chat, "Support chatbot");
        var low = RiskChat.Raise(chat, 1, 1, chatbot.Id, "Typos in answers");
        var critical = RiskChat.Raise(chat, 5, 5, title: "Hiring tool ranks women lower");
        var high = RiskChat.Raise(chat, 4, 3, chatbot.Id, "Refund rules wrong");

        // Act
        var all = Assert.Single(await chat.SayAsync("risks"));
        var highOnly = Assert.Single(await chat.SayAsync("risks high"));
        var ofSystem = Assert.Single(await chat.SayAsync("risks AI-0001"));
        var keyword = Assert.Single(await chat.SayAsync("risks refund"));
        var level = Assert.Single(await chat.SayAsync("risks low"));
        var unknownSystem = Assert.Single(await chat.SayAsync("risks AI-0099"));
        var mineForStranger = Assert.Single(await chat.SayAsync("risks mine", RiskChat.Stranger));

        // Assert
        Assert.Equal([critical.Id, high.Id, low.Id], Ids(all));
        Assert.Equal("Risk register", all.Card!.Data["title"]!.GetValue<string>());
        Assert.Equal([critical.Id, high.Id], Ids(highOnly));
        Assert.Equal("Risks at or above High", highOnly.Card!.Data["title"]!.GetValue<string>());
        Assert.Equal([high.Id, low.Id], Ids(ofSystem));
        Assert.Equal([high.Id], Ids(keyword));
        Assert.Equal([low.Id], Ids(level));
        Assert.Equal("There is no AI system AI-0099. Type **systems** for the inventory.", unknownSystem.Text);
        Assert.Equal("No risk is yours (owned, treated or raised) right now. Type **risks** for the whole register.", mineForStranger.Text);
        Assert.StartsWith("High · Open · owner Megan Bowen · AI-0001 Support chatbot · review due", all.Card.Data["items"]![1]!["line"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_Overdue_And_Paging()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        for (var i = 0; i < 12; i++)
        {
            RiskChat.Raise(chat, 5, 5, title: "Critical " + i);
        }

        var low = RiskChat.Raise(chat, 1, 1, title: "Low one");
        chat.Time.Advance(TimeSpan.FromDays(120));

        // Act
        var overdue = Assert.Single(await chat.SayAsync("risks overdue"));
        var second = await chat.SubmitAsync(overdue, new Dictionary<string, string> { ["verb"] = "risks/page", ["page"] = "2", ["filter"] = "overdue" });

        // Assert
        Assert.Equal("12 risks · page 1 of 2", overdue.Card!.Data["summary"]!.GetValue<string>());
        Assert.DoesNotContain(low.Id, Ids(overdue));
        var page = Assert.Single(second);
        Assert.Equal("card-message-1", page.ReplaceMessageId);
        Assert.Equal("12 risks · page 2 of 2", page.Card!.Data["summary"]!.GetValue<string>());
        Assert.Equal(2, page.Card.Data["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Risk_Card_Shows_Every_Field_And_The_Owner_Accepts_On_It()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var system = RiskChat.AddSystem(chat, "Support chatbot");
        var risk = RiskChat.Treat(chat, RiskChat.Raise(chat, 4, 4, system.Id), 2, 3, "A.6.2.6");

        // Act
        var forStranger = Assert.Single(await chat.SayAsync("risk " + risk.Id, RiskChat.Stranger));
        var forOwner = Assert.Single(await chat.SayAsync("risk r-2", RiskChat.Owner));
        var missing = Assert.Single(await chat.SayAsync("risk R-0009"));
        var card = Assert.Single(await chat.SayAsync("risk " + risk.Id, RiskChat.Owner));
        var accepted = await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk/accept", ["risk"] = risk.Id }, RiskChat.Owner);
        var again = await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "risk/accept", ["risk"] = risk.Id }, RiskChat.Owner);

        // Assert
        Assert.False(forStranger.Card!.Data["canAccept"]!.GetValue<bool>());
        Assert.Equal("Medium is within the risk owner's authority: Megan Bowen may accept it.", forStranger.Card.Data["hint"]!.GetValue<string>());
        Assert.Equal("There is no risk “r-2”. Risk ids look like R-0001; type **risks** for the register.", forOwner.Text);
        Assert.Equal("There is no risk “R-0009”. Risk ids look like R-0001; type **risks** for the register.", missing.Text);
        var facts = Facts(card.Card!.Data["facts"]!);
        Assert.Equal("AI-0001 Support chatbot", facts["AI system"]);
        Assert.Equal("Likely (4)", facts["Likelihood"]);
        Assert.Equal("A.6.2.4, 27001:A.8.29", facts["Existing controls"]);
        var treatment = Facts(card.Card.Data["treatment"]!);
        Assert.Equal("A.6.2.6", treatment["Controls"]);
        Assert.Equal("Unlikely (2) × Moderate (3) = Medium", treatment["Residual"]);
        Assert.True(card.Card.Data["canAccept"]!.GetValue<bool>());
        Assert.Equal("risk", accepted[0].Card!.TemplateId);
        Assert.Equal("card-message-1", accepted[0].ReplaceMessageId);
        Assert.Equal("R-0001 accepted at level Medium.", accepted[1].Text);
        Assert.Equal(RiskStatus.Accepted, chat.Get<IRiskStore>().Get(risk.Id)!.Status);
        Assert.Equal("That card was already submitted, so nothing changed.", Assert.Single(again).Text);
        Assert.Equal("Accepted by Megan Bowen", accepted[0].Card!.Data["history"]!.AsArray().Last()!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accepting_Above_Authority_Or_Not_Acceptable_Is_Refused_In_Chat()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var high = RiskChat.Raise(chat, 4, 3);
        var critical = RiskChat.Raise(chat, 5, 5);

        // Act
        var above = Assert.Single(await chat.SayAsync("risk accept " + high.Id, RiskChat.Owner));
        var never = Assert.Single(await chat.SayAsync("risk accept " + critical.Id, RiskChat.Owner));
        var card = Assert.Single(await chat.SayAsync("risk " + critical.Id, RiskChat.Owner));

        // Assert
        Assert.StartsWith("R-0001 is at level High: above the owner's authority, so the committee must accept it. The request is waiting", above.Text, StringComparison.Ordinal);
        Assert.Equal("R-0002 is at level Critical, which may not be accepted: it can only be treated further until its residual level is lower.", never.Text);
        Assert.False(card.Card!.Data["canAccept"]!.GetValue<bool>());
        Assert.Equal(RiskStatus.Open, chat.Get<IRiskStore>().Get(critical.Id)!.Status);
    }

    [Fact]
    public async Task Close_Needs_A_Reason_And_The_Right_Person()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var risk = RiskChat.Raise(chat, 2, 2);

        // Act
        var byStranger = Assert.Single(await chat.SayAsync($"risk close {risk.Id} not needed", RiskChat.Stranger));
        var noReason = Assert.Single(await chat.SayAsync($"risk close {risk.Id}", RiskChat.Owner));
        var closed = Assert.Single(await chat.SayAsync($"risk close {risk.Id} the *feature* was removed", RiskChat.Owner));

        // Assert
        Assert.StartsWith("Only the owner of R-0001", byStranger.Text, StringComparison.Ordinal);
        Assert.StartsWith("Say why the risk is closed", noReason.Text, StringComparison.Ordinal);
        Assert.Equal("R-0001 closed: the \\*feature\\* was removed", closed.Text);
        Assert.Equal(RiskStatus.Closed, chat.Get<IRiskStore>().Get(risk.Id)!.Status);
    }

    internal static List<string> Ids(Reply reply) => [.. reply.Card!.Data["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];

    internal static Dictionary<string, string> Facts(System.Text.Json.Nodes.JsonNode facts) =>
        facts.AsArray().ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
}
