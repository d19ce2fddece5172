using AimsBot.Core.Storage;
using LiteDB;

namespace AimsBot.Core.Delivery;

/// <summary>
/// The turns already run, by delivery key, in the main store. A turn's key is recorded in the same
/// transaction as its effects, so a turn is never run twice (a redelivery, the synchronous path run
/// again, a restart right after a commit), and the highest inbox id recorded is where the processor
/// resumes after a restart.
/// </summary>
public sealed class ProcessedTurns(AimsDatabase database, TimeProvider time)
{
    private ILiteCollection<ProcessedTurn> Items => database.Collection<ProcessedTurn>(CollectionNames.ProcessedTurns);

    public bool Contains(string deliveryKey) => Items.Exists(x => x.Id == deliveryKey);

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

    public ProcessedTurn? Find(string deliveryKey) => Items.FindById(deliveryKey);

    /// <summary>The highest inbox id recorded (0 when none): everything up to it has been run.</summary>
    public long LastInboxId() =>
        Items.Query().Where(x => x.InboxId > 0).OrderByDescending(x => x.InboxId).Limit(1).ToEnumerable().FirstOrDefault()?.InboxId ?? 0;

    /// <summary>Forgets keys older than the retention (the inbox forgets its items at the same age).</summary>
    public int Purge(TimeSpan retention)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - retention;
        var last = LastInboxId();

        // The record of the highest inbox id stays: it is where the processor resumes.
        return Items.DeleteMany(x => x.ProcessedAt < cutoff && (x.InboxId == null || x.InboxId < last));
    }
}

/// <summary>One run turn: its delivery key is the document id.</summary>
public sealed class ProcessedTurn
{
    public string Id { get; set; } = "";

    /// <summary>Its inbox id when it came through the inbox; none on the synchronous path.</summary>
    public long? InboxId { get; set; }

    public DateTime ProcessedAt { get; set; }

    /// <summary>Set when the turn failed on every attempt and was given up on.</summary>
    public string? Error { get; set; }
}
