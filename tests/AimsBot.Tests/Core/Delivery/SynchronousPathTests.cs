using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Slack;
using AimsBot.Teams;
using AimsBot.Tests.Core.Dialogs;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>Defect 3 of issue 13: on the synchronous paths, what is not answered inline is queued in the turn's own transaction.</summary>
public sealed class SynchronousPathTests
{
    private static async Task<(TranscriptHarness Chat, IncomingTurn Final)> FinalRegistrationStepAsync()
    {
        var chat = new TranscriptHarness();
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        await chat.InstallAsync(TranscriptHarness.OtherCommitteeMember);
        var card = Assert.Single(await chat.SayAsync("register"));
        card = Assert.Single(await chat.SubmitAsync(card, RegistrationSteps.Step1()));
        card = Assert.Single(await chat.SubmitAsync(card, RegistrationSteps.Step2()));
        var data = new Dictionary<string, string>(RegistrationSteps.Step3(), StringComparer.Ordinal)
        {
            [CardFields.CardId] = card.Card!.Data["cardId"]!.GetValue<string>(),
        };
        var final = chat.NewTurn(TurnKind.CardAction, TranscriptHarness.Requester) with { Data = data, CardMessageId = "card-message-1" };
        return (chat, final);
    }

    private static IReadOnlyList<OutboxItem> Queued(TranscriptHarness chat) => chat.Get<IOutboxStore>().InState(OutboxState.Pending);

    [Fact]
    public async Task A_Teams_Invoke_Queues_The_Committee_Cards_With_The_Turn_And_Returns_Only_The_Answer()
    {
        // Arrange
        var (chat, final) = await FinalRegistrationStepAsync();
        using var _ = chat;

        // Act: the turn commits; the edge then "crashes" before doing anything with the result, and Teams retries.
        var outcome = await chat.Get<ITurnRunner>().RunNowAsync(final, TeamsCardActionInvoke.Split, TestContext.Current.CancellationToken);
        var retried = await chat.Get<ITurnRunner>().RunNowAsync(final, TeamsCardActionInvoke.Split, TestContext.Current.CancellationToken);

        // Assert
        var answer = Assert.Single(outcome.Replies);
        Assert.Equal(CardOutcome.Done, answer.Outcome);
        Assert.True(retried.Duplicate);
        var queued = Queued(chat);
        Assert.Equal(2, queued.Count(x => x.Reply.Contains("\"templateId\":\"approval-request\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(queued, x => x.Reply == DeliveryJson.Write(answer));
    }

    [Fact]
    public async Task A_Budget_Given_Up_Before_The_Split_Queues_Every_Reply()
    {
        // Arrange: the Slack request stopped waiting before the turn finished.
        var (chat, final) = await FinalRegistrationStepAsync();
        using var _ = chat;
        var answer = new ModalAnswer(chat.Get<AimsBot.Core.Cards.ICardTemplates>(), new SlackFormMetadata("C1", "1.1", "channel", [], []), []);
        Assert.True(answer.GiveUp());

        // Act
        var outcome = await chat.Get<ITurnRunner>().RunNowAsync(final, answer.Split, TestContext.Current.CancellationToken);

        // Assert: nothing inline; the answer and both committee cards are in the outbox.
        Assert.Empty(outcome.Replies);
        Assert.Equal(3, Queued(chat).Count(x => x.Reply.Contains("\"templateId\":\"approval-request\"", StringComparison.Ordinal) || x.Reply.Contains("\"outcome\":\"Done\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_Card_Verb_Outside_A_Form_Gets_Its_Answer_Marked_Done_By_The_Engine()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var turn = chat.NewTurn(TurnKind.CardAction, TranscriptHarness.Requester) with { Data = new Dictionary<string, string> { ["verb"] = "help/show" } };

        // Act
        var replies = await chat.RunAsync(turn);

        // Assert
        var answer = Assert.Single(replies, r => r.Outcome is not null);
        Assert.Equal(CardOutcome.Done, answer.Outcome);
        Assert.Equal("help", answer.Card!.TemplateId);
        Assert.Same(answer, CardAnswers.Answer(replies));
    }
}
