using AimsBot.Core.Delivery;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The inbox port over the inbox's LiteDB file. The writer appends and checkpoints; the processor's
/// reads run through <see cref="InboxWriter.Execute{T}"/>, on the writer's thread; all of them read
/// or delete along the primary key, in order.
/// </summary>
public sealed class LiteDbInboxStore(InboxDatabase database) : IInboxStore
{
    /// <summary>
    /// One range on the primary key, walked in order and stopped at the limit. (LiteDB serves only one
    /// side of <c>_id &gt; a AND _id &lt;= b</c> from the index and loads every document past it.)
    /// </summary>
    internal const string IdBetween = "_id BETWEEN @0 AND @1";

    public long LastId() => database.LastId();

    public string Generation() => database.Generation;

    public long ProcessedMark() => database.ProcessedMark;

    public void MarkProcessed(long position) => database.MarkProcessed(position);

    public IReadOnlyList<string> NewestKeys(int count) => database.NewestKeys(count);

    public void Append(IReadOnlyList<InboxItem> items, DateTime receivedAt) => database.InTransaction(() => database.Append(items, receivedAt));

    public void TurnOffAutomaticCheckpoints() => database.TurnOffAutomaticCheckpoints();

    public void Checkpoint() => database.Checkpoint();

    /// <summary>
    /// The turns after <paramref name="position"/>, in arrival order: at least <paramref name="take"/>
    /// when that many wait, and whole batches, so the list may be longer.
    /// </summary>
    public IReadOnlyList<InboxItem> After(long position, int take)
    {
        // Ids run on without gaps, and a batch's id is its last turn's: the batches holding the next
        // `take` turns are those with ids up to position + take, and the one after them.
        var upTo = position + take;
        var batches = database.Batches.Query().Where(IdBetween, position + 1, upTo).ToList();
        var last = batches.Count == 0 ? position : batches[^1].Id;
        if (last < upTo)
        {
            batches.AddRange(database.Batches.Query().Where(IdBetween, last + 1, long.MaxValue).Limit(1).ToList());
        }

        return [.. batches.SelectMany(batch => batch.Items).Where(item => item.Id > position)];
    }

    /// <summary>How many turns wait after <paramref name="position"/> (ids run on without gaps).</summary>
    public int CountAfter(long position)
    {
        try
        {
            return (int)Math.Clamp(database.LastId() - position, 0, int.MaxValue);
        }
        catch (LiteException ex)
        {
            throw new StoreUnavailableException("The inbox file cannot be read.", ex);
        }
    }

    /// <summary>
    /// Deletes up to <paramref name="take"/> of the oldest batches received before
    /// <paramref name="cutoff"/> whose turns are all at or before <paramref name="position"/>
    /// (processed), keeping the newest batch so ids are never reused. Returns how many went; call
    /// again until it returns 0.
    /// </summary>
    public int PurgeOldest(DateTime cutoff, long position, int take)
    {
        var newest = database.LastId();
        var old = database.Batches.Query().OrderBy(x => x.Id).Limit(take).ToList()
            .TakeWhile(x => x.ReceivedAt < cutoff && x.Id <= position && x.Id < newest)
            .Select(x => new BsonValue(x.Id))
            .ToList();
        return old.Count == 0 ? 0 : database.InTransaction(() => old.Count(id => database.Batches.Delete(id)));
    }
}
