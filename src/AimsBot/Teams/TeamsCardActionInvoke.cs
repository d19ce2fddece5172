using System.Text.Json;
using AimsBot.Core.Cards;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Teams.Activities;

namespace AimsBot.Teams;

/// <summary>
/// The synchronous path for <c>adaptiveCard/action</c> (Action.Execute): runs the turn now and answers
/// in the HTTP response from the typed <see cref="CardOutcome"/> of the reply answering the card
/// (<see cref="CardAnswers"/>): a card (Invalid with its errors, NextStep, Done) replaces the acted-on
/// card in place; a text (Refused, or a Done without a card) is shown as a message. Every other reply
/// is queued in the outbox in the turn's own transaction.
/// </summary>
public sealed partial class TeamsCardActionInvoke(ITurnRunner runner, ICardTemplates cards, TimeProvider time, ILogger<TeamsCardActionInvoke> logger)
{
    public const string Name = "adaptiveCard/action";

    /// <summary>Why the invoke value is not an Action.Execute payload (answer 400), or null.</summary>
    public static string? Problem(TeamsActivity activity, out JsonElement action)
    {
        action = default;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return "The invoke has no value.";
        }

        if (!value.TryGetProperty("action", out action) || action.ValueKind != JsonValueKind.Object)
        {
            return "The invoke value has no action.";
        }

        return action.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Action.Execute"
            ? null
            : "The invoke action type is not Action.Execute.";
    }

    public async Task<TeamsInvokeResponse> RunAsync(TeamsActivity activity, JsonElement action, CancellationToken cancellationToken)
    {
        var turn = TeamsTurnMapper.ToInvokeTurn(activity, action, time.GetUtcNow());
        var outcome = await runner.RunNowAsync(turn, Split, cancellationToken);
        if (outcome.Duplicate)
        {
            return TeamsInvokeResponse.Message("That was already handled.");
        }

        var answer = CardAnswers.Answer(outcome.Replies);
        var card = answer?.Card is not null ? answer : null;
        if (card is not null)
        {
            try
            {
                return TeamsInvokeResponse.Card(cards.Render(card.Card!.TemplateId, card.Card.Data));
            }
            catch (KeyNotFoundException ex)
            {
                Log.CardMissing(logger, ex, card.Card!.TemplateId);
                return TeamsInvokeResponse.Error(500, "CardUnavailable", "Sorry, that card could not be shown.");
            }
        }

        return TeamsInvokeResponse.Message(answer?.Text ?? "Done.");
    }

    /// <summary>The card's answer is the response; everything else goes to the outbox with the turn.</summary>
    public static InlineSplit Split(IReadOnlyList<Reply> replies) =>
        CardAnswers.Answer(replies) is { } answer ? new([answer], [.. replies.Where(r => !ReferenceEquals(r, answer))]) : InlineSplit.None(replies);

    private static partial class Log
    {
        [LoggerMessage(EventId = 520, Level = LogLevel.Error, Message = "Card template {TemplateId} could not be rendered for an invoke response")]
        public static partial void CardMissing(ILogger logger, Exception exception, string templateId);
    }
}
