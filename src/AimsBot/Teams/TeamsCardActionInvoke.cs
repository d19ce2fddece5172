using System.Text.Json;
using AimsBot.Core.Cards;
using AimsBot.Core.Delivery;
using AimsBot.Teams.Activities;

namespace AimsBot.Teams;

/// <summary>
/// The synchronous path for <c>adaptiveCard/action</c> (Action.Execute): runs the turn now and
/// answers in the HTTP response: the first card for the acting user as the refreshed card, else
/// the first text as a message; every other reply goes through the outbox.
/// </summary>
public sealed partial class TeamsCardActionInvoke(ITurnRunner runner, IOutbox outbox, ICardTemplates cards, TimeProvider time, ILogger<TeamsCardActionInvoke> logger)
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
        var outcome = await runner.RunNowAsync(turn, cancellationToken);
        if (outcome.Duplicate)
        {
            return TeamsInvokeResponse.Message("That was already handled.");
        }

        var card = outcome.Replies.FirstOrDefault(r => r.Card is not null && r.RecipientUserKey is null
            && (r.ReplaceMessageId is null || r.ReplaceMessageId == turn.CardMessageId));
        var text = card is null
            ? outcome.Replies.FirstOrDefault(r => r.Card is null && r.Text is not null && r.RecipientUserKey is null && r.ReplaceMessageId is null)
            : null;
        var inline = card ?? text;
        var rest = outcome.Replies.Where(r => !ReferenceEquals(r, inline)).ToList();
        if (rest.Count > 0)
        {
            outbox.Enqueue(turn.Conversation, rest, InboxWriter.DeliveryKey(turn));
        }

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

        return TeamsInvokeResponse.Message(text?.Text ?? "Done.");
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 520, Level = LogLevel.Error, Message = "Card template {TemplateId} could not be rendered for an invoke response")]
        public static partial void CardMissing(ILogger logger, Exception exception, string templateId);
    }
}
