using System.Text.Json.Nodes;

namespace AimsBot.Core.Conversations;

/// <summary>Everything one dialog step sees and the replies it produces.</summary>
public sealed class DialogContext(IncomingTurn turn, DialogState state, Actor actor, DateTimeOffset now)
{
    private readonly List<Reply> _replies = [];

    public IncomingTurn Turn { get; } = turn;

    public DialogState State { get; } = state;

    /// <summary>Who is acting, with the roles the core resolved from configuration.</summary>
    public Actor Actor { get; } = actor;

    /// <summary>The time this turn is processed, from the injected clock.</summary>
    public DateTimeOffset Now { get; } = now;

    public InvocationKind Kind { get; init; }

    /// <summary>The command word (lower case) when <see cref="Kind"/> is <see cref="InvocationKind.Command"/>.</summary>
    public string Command { get; init; } = "";

    /// <summary>The rest of the typed text after the command word, trimmed.</summary>
    public string Arguments { get; init; } = "";

    /// <summary>The card verb (for example <c>register/next</c>) when <see cref="Kind"/> is <see cref="InvocationKind.CardAction"/>.</summary>
    public Verb? Verb { get; init; }

    public IReadOnlyList<Reply> Replies => _replies;

    /// <summary>
    /// Set by a dialog when the card action took effect (created, decided, moved on); the engine then
    /// records the card instance as consumed so a repeated submit changes nothing. Left false when
    /// the card is re-shown with errors, so the corrected card can still be submitted.
    /// </summary>
    public bool CardConsumed { get; set; }

    /// <summary>The submitted card instance id, when the card carried one.</summary>
    public string? CardId => Turn.Value(CardFields.CardId);

    public void Say(string text) => _replies.Add(Reply.Say(text));

    public void Show(string templateId, JsonObject data, string? fallbackText = null) =>
        _replies.Add(Reply.ShowCard(templateId, data, fallbackText));

    public void Add(Reply reply) => _replies.Add(reply);

    /// <summary>Refuses a card action: nothing changed, and the person is told why (<see cref="CardOutcome.Refused"/>).</summary>
    public void Refuse(string text) => _replies.Add(Reply.Say(text) with { Outcome = CardOutcome.Refused });

    /// <summary>Replaces the card that was acted on (Teams PUT, Slack chat.update), or posts anew if there is none.</summary>
    public void ReplaceCard(string templateId, JsonObject data, string? fallbackText = null) =>
        _replies.Add(Reply.ShowCard(templateId, data, fallbackText) with { ReplaceMessageId = Turn.CardMessageId });
}
