using LiteDB;

namespace AimsBot.Core.Delivery;

/// <summary>
/// Reads and trims the inbox file. The processor runs these through <see cref="InboxWriter.Execute{T}"/>,
/// on the writer's thread; all of them read or delete along the primary key, in order.
/// </summary>
public sealed class InboxStore(InboxDatabase database)
{
    private ILiteCollection<InboxItem> Items => database.Items;

    /// <summary>The next turns after <paramref name="position"/>, in arrival order.</summary>
    public IReadOnlyList<InboxItem> After(long position, int take) =>
        [.. Items.Query().Where(x => x.Id > position).OrderBy(x => x.Id).Limit(take).ToEnumerable()];

    /// <summary>How many turns wait after <paramref name="position"/>.</summary>
    public int CountAfter(long position) => Items.Count(x => x.Id > position);

    /// <summary>
    /// Deletes up to <paramref name="take"/> of the oldest items received before
    /// <paramref name="cutoff"/> and at or before <paramref name="position"/> (processed), keeping the
    /// newest item so ids are never reused. Returns how many went; call again until it returns 0.
    /// Their delivery ids stop being deduplicated then.
    /// </summary>
    public int PurgeOldest(DateTime cutoff, long position, int take)
    {
        var newest = database.LastId();
        var old = Items.Query().OrderBy(x => x.Id).Limit(take).ToEnumerable()
            .TakeWhile(x => x.ReceivedAt < cutoff && x.Id <= position && x.Id < newest)
            .Select(x => new BsonValue(x.Id))
            .ToList();
        return old.Count == 0 ? 0 : database.InTransaction(() => old.Count(id => Items.Delete(id)));
    }
}
