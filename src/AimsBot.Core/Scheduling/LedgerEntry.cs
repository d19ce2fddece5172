namespace AimsBot.Core.Scheduling;

/// <summary>One scheduled thing done (a reminder step sent, a daily bundle, a digest), by its deterministic id.</summary>
public sealed class LedgerEntry
{
    public string Id { get; set; } = "";

    /// <summary><c>bundle</c>, <c>digest</c>, <c>summary</c> or a due item's kind.</summary>
    public string Kind { get; set; } = "";

    public string RecipientKey { get; set; } = "";

    /// <summary>The date the entry is for (the item's date, the digest's occurrence).</summary>
    public DateTime DueAt { get; set; }

    public DateTime DoneAt { get; set; }
}
