using AimsBot.Core.Delivery;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The processed-turn records in the main store's <c>processed_turns</c> collection.</summary>
public sealed class LiteDbProcessedTurns(AimsDatabase database, TimeProvider time) : IProcessedTurns
{
    private ILiteCollection<ProcessedTurn> Items => database.Collection<ProcessedTurn>(CollectionNames.ProcessedTurns);

    /// <summary>By primary key: no query expression to translate and parse on every turn.</summary>
    public bool Contains(string deliveryKey) => Items.FindByKey(deliveryKey) is not null;

    /// <summary>
    /// One query for a batch, answered from the primary key's index (each look-up alone plans, explains and
    /// runs a query of its own).
    /// </summary>
    public IReadOnlySet<string> AmongProcessed(IReadOnlyCollection<string> deliveryKeys)
    {
        ArgumentNullException.ThrowIfNull(deliveryKeys);
        if (deliveryKeys.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var keys = new BsonArray(deliveryKeys.Select(key => new BsonValue(key)));
        return database.IndexKeys(CollectionNames.ProcessedTurns, "_id", BsonExpression.Create("_id IN @0", keys))
            .Select(key => key.AsString)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Records the key; call inside the turn's transaction.</summary>
    public void Record(string deliveryKey, long? inboxId) =>
        Items.Insert(new ProcessedTurn { Id = deliveryKey, InboxId = inboxId, ProcessedAt = time.GetUtcNow().UtcDateTime });

    /// <summary>Records a turn given up on after its last attempt (it is not run again; the error is kept).</summary>
    public void RecordFailure(string deliveryKey, long? inboxId, string error) =>
        Items.Upsert(new ProcessedTurn { Id = deliveryKey, InboxId = inboxId, ProcessedAt = time.GetUtcNow().UtcDateTime, Error = error });

    /// <summary>Records keys settled elsewhere (an earlier version's inbox), in one commit; repeating it is harmless.</summary>
    public void RecordSettled(IEnumerable<string> deliveryKeys)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var records = deliveryKeys.Select(key => new ProcessedTurn { Id = key, ProcessedAt = now }).ToList();
        if (records.Count > 0)
        {
            database.InTransaction(() => Items.Upsert(records));
        }
    }

    public ProcessedTurn? Find(string deliveryKey) => Items.FindByKey(deliveryKey);

    /// <summary>The highest inbox id recorded (0 when none): everything up to it has been run.</summary>
    public long LastInboxId() =>
        Items.Query().Where(x => x.InboxId > 0).OrderByDescending(x => x.InboxId).Limit(1).ToEnumerable().FirstOrDefault()?.InboxId ?? 0;

    public string? LinkedInbox() => Links.FindByKey(InboxLinkRecord.Key)?.Generation;

    public void LinkInbox(string generation, bool forgetPositions) => database.InTransaction(() =>
    {
        if (forgetPositions)
        {
            Items.UpdateMany("{ InboxId: null }", "$.InboxId != null");
        }

        return Links.Upsert(new InboxLinkRecord { Generation = generation, LinkedAt = time.GetUtcNow().UtcDateTime });
    });

    private ILiteCollection<InboxLinkRecord> Links => database.Collection<InboxLinkRecord>(CollectionNames.InboxLink);

    /// <summary>Forgets keys older than the retention (the inbox forgets its items at the same age).</summary>
    public int Purge(TimeSpan retention)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - retention;
        var last = LastInboxId();

        // The record of the highest inbox id stays: it is where the processor resumes.
        return Items.DeleteMany(x => x.ProcessedAt < cutoff && (x.InboxId == null || x.InboxId < last));
    }
}
