using AimsBot.Core.Scheduling;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The schedule ledger in LiteDB, with the recorded ids also held in memory: a planner tick checks every
/// candidate item (tens of thousands on a large register) against the set instead of one index look-up
/// each. The set is loaded on first use, kept up to date as entries are written, and reloaded after any
/// rolled-back transaction (an entry written in it may not have been kept).
/// </summary>
public sealed class LiteDbScheduleLedger(AimsDatabase database) : IScheduleLedger
{
    private readonly Lock _gate = new();
    private HashSet<string>? _ids;
    private long _generation;

    private ILiteCollection<LedgerEntry> Entries => database.Collection<LedgerEntry>(SchedulingCollections.Ledger);

    public bool Contains(string id)
    {
        lock (_gate)
        {
            return Ids().Contains(id);
        }
    }

    public IReadOnlySet<string> Recorded(IEnumerable<string> ids)
    {
        lock (_gate)
        {
            var known = Ids();
            return ids.Where(known.Contains).ToHashSet(StringComparer.Ordinal);
        }
    }

    public LedgerEntry? Latest(string kind, string recipientKey) =>
        Entries.Find(x => x.RecipientKey == recipientKey).Where(x => x.Kind == kind).MaxBy(x => x.DueAt);

    public void Record(IEnumerable<LedgerEntry> entries)
    {
        var collection = Entries;
        lock (_gate)
        {
            var known = Ids();
            database.InTransaction(() =>
            {
                foreach (var entry in entries)
                {
                    if (collection.FindById(entry.Id) is null)
                    {
                        collection.Insert(entry);
                    }

                    known.Add(entry.Id);
                }

                return 0;
            });
        }
    }

    /// <summary>The recorded ids, loading them when missing or stale (called under the lock).</summary>
    private HashSet<string> Ids()
    {
        if (_ids is not null && _generation == database.Rollbacks)
        {
            return _ids;
        }

        _generation = database.Rollbacks;
        _ids = [.. Entries.Query().Select(x => x.Id).ToEnumerable()];
        return _ids;
    }
}
