using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;

namespace AimsBot.LoadTest;

/// <summary>After a kill and restart: every activity the bot acknowledged is in the inbox, and processed.</summary>
internal static class InboxVerifier
{
    public static int Run(Arguments arguments)
    {
        var acked = File.ReadAllLines(arguments.Get("acked", "acked.txt")).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        using var database = new AimsDatabase(arguments.Get("db", "data/aimsbot.db"), [new CoreStoreSchema()]);
        var items = database.Collection<InboxItem>(CollectionNames.Inbox).FindAll()
            .ToDictionary(x => x.DeliveryKey["teams:".Length..], x => x.State, StringComparer.Ordinal);
        var missing = acked.Count(id => !items.ContainsKey(id));
        var unprocessed = acked.Count(id => items.TryGetValue(id, out var state) && state != InboxState.Done);
        Console.WriteLine($"acknowledged {acked.Count}, in the inbox {acked.Count - missing}, missing {missing}, not yet processed {unprocessed}");
        return missing == 0 && unprocessed == 0 ? 0 : 1;
    }
}
