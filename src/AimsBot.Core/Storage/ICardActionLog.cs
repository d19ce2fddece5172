namespace AimsBot.Core.Storage;

/// <summary>Card instances whose action already took effect, so a second submit changes nothing.</summary>
public interface ICardActionLog
{
    bool IsConsumed(string cardId);

    /// <summary>Records the card as consumed; false if it already was.</summary>
    bool TryConsume(string cardId, string actorKey);

    /// <summary>Forgets cards consumed before <paramref name="cutoff"/>; returns how many.</summary>
    int Purge(DateTime cutoff);
}
