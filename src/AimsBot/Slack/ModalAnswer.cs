using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Core.Cards.BlockKit;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;

namespace AimsBot.Slack;

/// <summary>
/// Maps the <see cref="CardOutcome"/> of a modal submission's answer to Slack's response, deciding
/// inside the turn's transaction (<see cref="Split"/>) which reply is answered inline; once the request
/// has given up waiting (<see cref="GiveUp"/>) nothing is kept inline and everything is queued.
/// </summary>
public sealed class ModalAnswer(ICardTemplates templates, SlackFormMetadata metadata, JsonObject view)
{
    private readonly Lock _gate = new();
    private bool _split;
    private bool _gaveUp;
    private JsonObject? _response;

    /// <summary>The request stops waiting; false when the turn has already split its replies (answer with them).</summary>
    public bool GiveUp()
    {
        lock (_gate)
        {
            _gaveUp = !_split;
            return _gaveUp;
        }
    }

    /// <summary>Runs inside the turn's transaction: the inline reply (and the response it makes), the rest queued.</summary>
    public InlineSplit Split(IReadOnlyList<Reply> replies)
    {
        lock (_gate)
        {
            _split = true;
            var answer = _gaveUp ? null : CardAnswers.Answer(replies);
            _response = answer is null ? null : Respond(answer);
            if (_response is null)
            {
                return InlineSplit.None(replies);
            }

            // Errors are shown in the modal only; a next step is shown there and also updates the message.
            var queued = answer!.Outcome == CardOutcome.Invalid && _response["response_action"]?.GetValue<string>() == "errors"
                ? replies.Where(r => !ReferenceEquals(r, answer)).ToList()
                : replies;
            return new InlineSplit([answer], queued);
        }
    }

    /// <summary>The HTTP response: errors, an updated modal, or an empty 200 that closes it.</summary>
    public IResult Response(IReadOnlyList<Reply> inline) =>
        inline.Count > 0 && _response is { } response ? TypedResults.Json(response) : TypedResults.Ok();

    private JsonObject? Respond(Reply answer)
    {
        if (answer.Outcome == CardOutcome.Invalid && answer.FieldErrors is { Count: > 0 } fieldErrors)
        {
            var blocks = SlackViewState.InputBlockIds(view);
            var errors = new JsonObject();
            foreach (var (field, message) in fieldErrors.Where(e => blocks.Contains(e.Key)))
            {
                errors[field] = BlockKitLimits.Shorten(SlackMrkdwn.ToPlain(message), BlockKitLimits.Label);
            }

            if (errors.Count > 0)
            {
                // The modal keeps what was typed and shows each error under its field; the message stays as it is.
                return new JsonObject { ["response_action"] = "errors", ["errors"] = errors };
            }
        }

        // The next step (or the same form with errors Slack could not place next to a field).
        if (answer.Outcome is CardOutcome.NextStep or CardOutcome.Invalid && answer.Card is { } card)
        {
            JsonObject rendered;
            try
            {
                rendered = templates.Render(card.TemplateId, card.Data);
            }
            catch (KeyNotFoundException)
            {
                return null;
            }

            if (BlockKitRenderer.Form(rendered) is { } form)
            {
                var next = metadata with { Data = new(form.SubmitData), ToggleOff = new(form.ToggleOff) };
                return new JsonObject { ["response_action"] = "update", ["view"] = BlockKitRenderer.Modal(rendered, next.Write()) };
            }
        }

        // Done, Refused, or a step Slack cannot show in a modal: close it; the outbox delivers the answer.
        return null;
    }
}
