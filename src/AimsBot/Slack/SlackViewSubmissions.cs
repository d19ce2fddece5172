using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Core.Cards.BlockKit;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>
/// A modal submission: becomes the card-action turn a Teams submit would be, runs now within the
/// budget, and answers Slack in the response: field errors next to their blocks, the next step of
/// a multi-step form as an update, or an empty 200 that closes the modal. Other replies go to the outbox.
/// </summary>
public sealed partial class SlackViewSubmissions(
    ITurnRunner runner,
    IOutbox outbox,
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
        // turn finishes and its replies go to the outbox.
        using var budget = new CancellationTokenSource(options.Value.SyncBudget, time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        // On the thread pool: a turn runs synchronously inside its transaction, and the request must
        // still be able to answer when the budget runs out (a long turn, or one queued behind the processor).
        var run = Task.Run(() => runner.RunNowAsync(turn, CancellationToken.None), CancellationToken.None);
        if (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(Timeout.InfiniteTimeSpan, wait.Token));
        }

        if (!run.IsCompleted)
        {
            Log.BudgetExceeded(logger, turn.Id);
            _ = run.ContinueWith(t => Enqueue(turn, t.Result.Replies), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            return TypedResults.Ok();
        }

        var outcome = await run;
        return outcome.Duplicate ? TypedResults.Ok() : Respond(turn, metadata, view, outcome.Replies);
    }

    private IResult Respond(IncomingTurn turn, SlackFormMetadata metadata, JsonObject view, IReadOnlyList<Reply> replies)
    {
        var errorsReply = replies.FirstOrDefault(r => r.FieldErrors is { Count: > 0 } && r.RecipientUserKey is null);
        if (errorsReply is not null)
        {
            var blocks = SlackViewState.InputBlockIds(view);
            var errors = new JsonObject();
            foreach (var (field, message) in errorsReply.FieldErrors!.Where(e => blocks.Contains(e.Key)))
            {
                errors[field] = BlockKitLimits.Shorten(SlackMrkdwn.ToPlain(message), BlockKitLimits.Label);
            }

            if (errors.Count > 0)
            {
                // The modal keeps what was typed and shows each error under its field; the message stays as it is.
                Enqueue(turn, [.. replies.Where(r => !ReferenceEquals(r, errorsReply))]);
                return TypedResults.Json(new JsonObject { ["response_action"] = "errors", ["errors"] = errors });
            }
        }

        foreach (var reply in replies.Where(r => r.Card is not null && r.RecipientUserKey is null))
        {
            JsonObject card;
            try
            {
                card = templates.Render(reply.Card!.TemplateId, reply.Card.Data);
            }
            catch (KeyNotFoundException)
            {
                continue;
            }

            if (BlockKitRenderer.Form(card) is { } form)
            {
                // The next step (or the same form with errors Slack could not place): update the modal,
                // and let the outbox update the message so its button opens the newest step.
                var next = metadata with { Data = new(form.SubmitData), ToggleOff = new(form.ToggleOff) };
                Enqueue(turn, replies);
                return TypedResults.Json(new JsonObject { ["response_action"] = "update", ["view"] = BlockKitRenderer.Modal(card, next.Write()) });
            }
        }

        Enqueue(turn, replies);
        return TypedResults.Ok();
    }

    private void Enqueue(IncomingTurn turn, IReadOnlyList<Reply> replies)
    {
        if (replies.Count == 0)
        {
            return;
        }

        var prefix = "slack:" + turn.Id;
        var result = outbox.Enqueue(turn.Conversation, replies, prefix);
        if (result.Unreachable.Count > 0)
        {
            outbox.Enqueue(turn.Conversation, [Reply.Say($"{result.Unreachable.Count} of the people I should notify have not used AimsBot in Slack yet, so I could not reach them. Ask them to send me a message once.")], prefix + ":unreachable");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 640, Level = LogLevel.Warning, Message = "View submission {TurnId} took longer than the budget; the modal was closed and the outbox will deliver")]
        public static partial void BudgetExceeded(ILogger logger, string turnId);
    }
}
