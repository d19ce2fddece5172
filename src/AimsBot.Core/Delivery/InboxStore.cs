using AimsBot.Core.Storage;
using LiteDB;

namespace AimsBot.Core.Delivery;

/// <summary>Reads and settles inbox items for the processor and the synchronous path.</summary>
public sealed class InboxStore(AimsDatabase database, TimeProvider time)
{
    private ILiteCollection<InboxItem> Items => database.Collection<InboxItem>(CollectionNames.Inbox);

    /// <summary>The oldest pending turns, in arrival order.</summary>
    public IReadOnlyList<InboxItem> Pending(int take) =>
        [.. Items.Query().Where(x => x.State == InboxState.Pending).OrderBy(x => x.Id).Limit(take).ToEnumerable()];

    /// <summary>Records a turn handled on the synchronous path (so a redelivery is a duplicate); false if it was already there.</summary>
    public bool TryClaim(string deliveryKey, string turnJson)
    {
        try
        {
            Items.Insert(new InboxItem
            {
                DeliveryKey = deliveryKey,
                Turn = turnJson,
                State = InboxState.Done,
                Attempts = 1,
                ReceivedAt = time.GetUtcNow().UtcDateTime,
                ProcessedAt = time.GetUtcNow().UtcDateTime,
            });
            return true;
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    public void MarkDone(InboxItem item)
    {
        item.State = InboxState.Done;
        item.ProcessedAt = time.GetUtcNow().UtcDateTime;
        item.Attempts++;
        Items.Update(item);
    }

    public void MarkAttemptFailed(InboxItem item, string error, int maxAttempts)
    {
        item.Attempts++;
        item.Error = error;
        if (item.Attempts >= maxAttempts)
        {
            item.State = InboxState.Failed;
            item.ProcessedAt = time.GetUtcNow().UtcDateTime;
        }

        Items.Update(item);
    }

    /// <summary>Deletes settled items older than the retention (their delivery ids stop being deduplicated then).</summary>
    public int Purge(TimeSpan retention)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - retention;
        return Items.DeleteMany(x => x.State != InboxState.Pending && x.ReceivedAt < cutoff);
    }

    public int CountPending() => Items.Count(x => x.State == InboxState.Pending);
}
