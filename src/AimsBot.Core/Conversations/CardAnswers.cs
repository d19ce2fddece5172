namespace AimsBot.Core.Conversations;

/// <summary>
/// Every card action's replies carry one answer to the acted-on card: the reply with a
/// <see cref="CardOutcome"/>, addressed to the turn's conversation. Forms and the approval flow set it
/// themselves; for any other card verb (a help button, a page of a list) the engine marks the reply
/// that answers it here, so the edges read the outcome and never guess from reply fields.
/// </summary>
public static class CardAnswers
{
    /// <summary>The reply answering the card action, or null (none is for the turn's conversation).</summary>
    public static Reply? Answer(IReadOnlyList<Reply> replies) =>
        replies.FirstOrDefault(r => r.Outcome is not null && r.RecipientUserKey is null);

    /// <summary>
    /// Marks the answer of a card action that has none: the first card for the turn's conversation
    /// (new, or replacing the acted-on card), else its first text; <paramref name="outcome"/> is given to it.
    /// </summary>
    public static IReadOnlyList<Reply> Mark(IncomingTurn turn, IReadOnlyList<Reply> replies, CardOutcome outcome = CardOutcome.Done)
    {
        if (turn.Kind != TurnKind.CardAction || Answer(replies) is not null)
        {
            return replies;
        }

        var answer = replies.FirstOrDefault(r => r.Card is not null && r.RecipientUserKey is null && !r.ForHomeTab
                && (r.ReplaceMessageId is null || r.ReplaceMessageId == turn.CardMessageId))
            ?? replies.FirstOrDefault(r => r.Card is null && r.Text is not null && r.RecipientUserKey is null && r.ReplaceMessageId is null);
        return answer is null ? replies : [.. replies.Select(r => ReferenceEquals(r, answer) ? r with { Outcome = outcome } : r)];
    }
}
