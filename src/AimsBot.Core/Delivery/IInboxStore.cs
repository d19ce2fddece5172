namespace AimsBot.Core.Delivery;

/// <summary>
/// The inbox file: accepted turns in arrival order, appended in group commits by the
/// <see cref="InboxWriter"/> (the only caller; the processor's reads run on its thread through
/// <see cref="InboxWriter.Execute{T}"/>).
/// </summary>
public interface IInboxStore
{
    /// <summary>The highest id given so far (0 when empty): the writer numbers new items after it.</summary>
    long LastId();

    /// <summary>
    /// The inbox's generation id, made when it was created: the main store keeps the generation it
    /// works with (<see cref="IProcessedTurns.LinkedInbox"/>), so a replaced inbox is recognised.
    /// </summary>
    string Generation();

    /// <summary>How far the processor has run this inbox's turns, as last recorded here (0 before any).</summary>
    long ProcessedMark();

    /// <summary>Records how far the processor has run (after the main store committed those turns); never moves back.</summary>
    void MarkProcessed(long position);

    /// <summary>The delivery keys of the newest <paramref name="count"/> turns, oldest first.</summary>
    IReadOnlyList<string> NewestKeys(int count);

    /// <summary>Stores <paramref name="items"/> (consecutive ids, continuing from <see cref="LastId"/>) in one transaction.</summary>
    void Append(IReadOnlyList<InboxItem> items, DateTime receivedAt);

    /// <summary>Turns off the engine's checkpoint inside whichever commit crosses its threshold (the writer checkpoints itself).</summary>
    void TurnOffAutomaticCheckpoints();

    /// <summary>Copies committed log pages into the data file.</summary>
    void Checkpoint();

    /// <summary>
    /// The turns after <paramref name="position"/>, in arrival order: at least <paramref name="take"/>
    /// when that many wait (the list may be longer).
    /// </summary>
    IReadOnlyList<InboxItem> After(long position, int take);

    /// <summary>How many turns wait after <paramref name="position"/>.</summary>
    int CountAfter(long position);

    /// <summary>
    /// Deletes up to <paramref name="take"/> of the oldest turns received before <paramref name="cutoff"/>
    /// and at or before <paramref name="position"/> (processed), keeping the newest so ids are never
    /// reused. Returns how many went; call again until it returns 0.
    /// </summary>
    int PurgeOldest(DateTime cutoff, long position, int take);
}
