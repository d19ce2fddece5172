using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>
/// A modal submission: becomes the card-action turn a Teams submit would be, runs now within the
/// budget, and answers Slack in the response from the typed <see cref="CardOutcome"/> of the reply
/// answering the card (<see cref="CardAnswers"/>): Invalid shows the errors next to their fields
/// (<c>response_action: errors</c>); NextStep updates the modal to the next step (and the outbox
/// updates the message so its button opens that step); Done and Refused close the modal, and the
/// outbox updates the message or says why. Everything not answered inline is queued in the turn's own
/// transaction (<see cref="ITurnRunner"/>).
/// </summary>
public sealed partial class SlackViewSubmissions(
    ITurnRunner runner,
    ICardTemplates templates,
    SlackPeople people,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackViewSubmissions> logger)
{
    public async Task<IResult> HandleAsync(JsonObject payload, UserRef person, CancellationToken cancellationToken)
    {
        var view = payload["view"] as JsonObject;
        var metadata = SlackFormMetadata.Read(SlackTurns.Str(SlackTurns.At(view, "private_metadata")));
        var trigger = SlackTurns.Str(payload["trigger_id"]);
        var viewId = SlackTurns.Str(SlackTurns.At(view, "id"));
        if (view is null || metadata is null || !SlackTurns.IsId(metadata.Channel)
            || (trigger.Length > 0 ? !SlackTurns.IsId(trigger) : !SlackTurns.IsId(viewId) || SlackTurns.Str(view["hash"]).Length > 128))
        {
            return TypedResults.BadRequest("This view submission is not for an AimsBot form.");
        }

        var data = new Dictionary<string, string>(metadata.Data, StringComparer.Ordinal);
        foreach (var (key, value) in SlackViewState.Inputs(view, metadata.ToggleOff))
        {
            data[key] = value;
        }

        var (user, timeZone) = await people.DescribeAsync(person, cancellationToken);
        people.EnsureReachable(user);
        var conversation = SlackTurns.Conversation(person.TenantId, metadata.Channel, metadata.ConversationType, userKey: metadata.ConversationType == "im" ? person.Key : null);
        var id = trigger.Length > 0 ? "view:" + trigger : "view:" + viewId + ":" + SlackTurns.Str(view["hash"]);
        var turn = new IncomingTurn(id, TurnKind.CardAction, conversation, user, time.GetUtcNow())
        {
            Data = data,
            CardMessageId = metadata.MessageTs,
            TimeZone = timeZone,
        };

        // The budget starts before the turn runs. The engine is not cancelled when it runs out: the
        // turn finishes and, once the budget is spent, queues every reply in its transaction.
        using var budget = new CancellationTokenSource(options.Value.SyncBudget, time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        var answer = new ModalAnswer(templates, metadata, view);
        // On the thread pool: a turn runs synchronously inside its transaction, and the request must
        // still be able to answer when the budget runs out (a long turn, or one queued behind the processor).
        var run = Task.Run(() => runner.RunNowAsync(turn, answer.Split, CancellationToken.None), CancellationToken.None);
        if (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(Timeout.InfiniteTimeSpan, wait.Token));
        }

        if (!run.IsCompleted && answer.GiveUp())
        {
            // The turn has not split its replies yet: it will queue them all.
            Log.BudgetExceeded(logger, turn.Id);
            return TypedResults.Ok();
        }

        var outcome = await run;
        return outcome.Duplicate ? TypedResults.Ok() : answer.Response(outcome.Replies);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 640, Level = LogLevel.Warning, Message = "View submission {TurnId} took longer than the budget; the modal was closed and the outbox will deliver")]
        public static partial void BudgetExceeded(ILogger logger, string turnId);
    }
}
