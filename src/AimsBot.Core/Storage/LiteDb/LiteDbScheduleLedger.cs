using AimsBot.Core.Scheduling;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbScheduleLedger(AimsDatabase database) : IScheduleLedger
{
    private ILiteCollection<LedgerEntry> Entries => database.Collection<LedgerEntry>(SchedulingCollections.Ledger);

    public bool Contains(string id) => Entries.Exists(x => x.Id == id);

    public IReadOnlySet<string> Recorded(IEnumerable<string> ids)
    {
        var entries = Entries;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!found.Contains(id) && entries.FindById(id) is not null)
            {
                found.Add(id);
            }
        }

        return found;
    }

    public LedgerEntry? Latest(string kind, string recipientKey) =>
        Entries.Find(x => x.RecipientKey == recipientKey).Where(x => x.Kind == kind).MaxBy(x => x.DueAt);

    public void Record(IEnumerable<LedgerEntry> entries)
    {
        var collection = Entries;
        database.InTransaction(() =>
        {
            foreach (var entry in entries)
            {
                if (collection.FindById(entry.Id) is null)
                {
                    collection.Insert(entry);
                }
            }

            return 0;
        });
    }
}
