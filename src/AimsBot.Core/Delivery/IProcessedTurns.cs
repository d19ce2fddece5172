namespace AimsBot.Core.Delivery;

/// <summary>
/// The turns already run, by delivery key, in the main store. A turn's key is recorded in the same
/// transaction as its effects, so a turn is never run twice (a redelivery, the synchronous path run
/// again, a restart right after a commit), and the highest inbox id recorded is where the processor
/// resumes after a restart.
/// </summary>
public interface IProcessedTurns
{
    bool Contains(string deliveryKey);

    /// <summary>Which of <paramref name="deliveryKeys"/> were run before: one look-up for a batch of turns.</summary>
    IReadOnlySet<string> AmongProcessed(IReadOnlyCollection<string> deliveryKeys) =>
        deliveryKeys.Where(Contains).ToHashSet(StringComparer.Ordinal);

    /// <summary>Records the key; call inside the turn's transaction.</summary>
    void Record(string deliveryKey, long? inboxId);

    /// <summary>Records a turn given up on after its last attempt (it is not run again; the error is kept).</summary>
    void RecordFailure(string deliveryKey, long? inboxId, string error);

    /// <summary>Records keys settled elsewhere (an earlier version's inbox), in one commit; repeating it is harmless.</summary>
    void RecordSettled(IEnumerable<string> deliveryKeys);

    ProcessedTurn? Find(string deliveryKey);

    /// <summary>The highest inbox id recorded (0 when none): everything up to it has been run.</summary>
    long LastInboxId();

    /// <summary>The generation id of the inbox this store works with, or null before it has been linked to one.</summary>
    string? LinkedInbox();

    /// <summary>
    /// Links the store to the inbox of <paramref name="generation"/>. When <paramref name="forgetPositions"/>
    /// is true the inbox ids recorded so far (another inbox's) are dropped, so <see cref="LastInboxId"/>
    /// starts again at 0; the delivery keys stay, so a turn already run is still recognised.
    /// </summary>
    void LinkInbox(string generation, bool forgetPositions);

    /// <summary>Forgets keys older than the retention (the inbox forgets its items at the same age).</summary>
    int Purge(TimeSpan retention);
}
