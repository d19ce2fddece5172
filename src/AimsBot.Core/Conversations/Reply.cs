using System.Text.Json.Nodes;

namespace AimsBot.Core.Conversations;

/// <summary>
/// What the core wants said: text, a card, or both, to the turn's conversation or to another person.
/// </summary>
public sealed record Reply
{
    public string? Text { get; init; }

    public CardReply? Card { get; init; }

    /// <summary>Replace the message with this id (the card that was submitted) instead of posting anew.</summary>
    public string? ReplaceMessageId { get; init; }

    /// <summary>Send to this person's personal conversation instead of the turn's conversation.</summary>
    public string? RecipientUserKey { get; init; }

    /// <summary>Validation errors keyed by input id, for platforms that show them next to the field (Slack modals).</summary>
    public IReadOnlyDictionary<string, string>? FieldErrors { get; init; }

    /// <summary>Show the card on the person's app Home tab (Slack <c>views.publish</c>) instead of in the conversation.</summary>
    public bool ForHomeTab { get; init; }

    /// <summary>A key that makes the send idempotent; derived from the turn when not set.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Set on the reply that answers the card that was acted on: what the action did.</summary>
    public CardOutcome? Outcome { get; init; }

    /// <summary>
    /// Hold the message until this time (UTC): the recipient's working hours, a scheduled reminder.
    /// Null sends as soon as the destination allows.
    /// </summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>
    /// The message carries a secret (a download link): once it is sent, the stored copy of its text
    /// and card is removed so the secret does not outlive the delivery.
    /// </summary>
    public bool Redact { get; init; }

    public static Reply Say(string text) => new() { Text = text };

    public static Reply ShowCard(string templateId, JsonObject data, string? fallbackText = null) =>
        new() { Card = new CardReply(templateId, data), Text = fallbackText };
}
