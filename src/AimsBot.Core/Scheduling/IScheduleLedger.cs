namespace AimsBot.Core.Scheduling;

/// <summary>
/// What the scheduler has done, written in the same transaction as the messages it queued: the
/// planner leaves out whatever is recorded here, so a repeated tick, a restart or a race sends
/// nothing twice.
/// </summary>
public interface IScheduleLedger
{
    bool Contains(string id);

    /// <summary>The ids among <paramref name="ids"/> that are recorded.</summary>
    IReadOnlySet<string> Recorded(IEnumerable<string> ids);

    /// <summary>The newest entry of a kind for a person (the last digest), or null.</summary>
    LedgerEntry? Latest(string kind, string recipientKey);

    /// <summary>Records entries; ids recorded before are left as they are.</summary>
    void Record(IEnumerable<LedgerEntry> entries);
}
