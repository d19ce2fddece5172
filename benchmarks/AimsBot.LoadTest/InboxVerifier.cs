using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.LoadTest;

/// <summary>After a kill and restart: every activity the bot acknowledged is in the inbox, and was run (recorded in the main store).</summary>
internal static class InboxVerifier
{
    public static int Run(Arguments arguments)
    {
        var acked = File.ReadAllLines(arguments.Get("acked", "acked.txt")).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var storage = new StorageOptions { Path = arguments.Get("db", "data/aimsbot.db") };
        HashSet<string> inInbox;
        using (var inbox = InboxDatabase.Open(storage.InboxFile(Environment.CurrentDirectory)))
        {
            inInbox = inbox.ReadAll().Select(x => x.DeliveryKey["teams:".Length..]).ToHashSet(StringComparer.Ordinal);
        }

        using var main = new AimsDatabase(storage.DatabaseFile(Environment.CurrentDirectory), [new CoreStoreSchema()]);
        var processed = main.Collection<ProcessedTurn>(CollectionNames.ProcessedTurns);
        var missing = acked.Count(id => !inInbox.Contains(id));
        var unprocessed = acked.Count(id => inInbox.Contains(id) && processed.FindById("teams:" + id) is null);
        Console.WriteLine($"acknowledged {acked.Count}, in the inbox {acked.Count - missing}, missing {missing}, not yet processed {unprocessed}");
        return missing == 0 && unprocessed == 0 ? 0 : 1;
    }
}
