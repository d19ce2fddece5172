using AimsBot.Core.Delivery;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Reads and settles outbox items for the sender.</summary>
public sealed class LiteDbOutboxStore(AimsDatabase database) : IOutboxStore
{
    private ILiteCollection<OutboxItem> Items => database.Collection<OutboxItem>(CollectionNames.Outbox);

    /// <summary>
    /// Pending items whose next attempt is due, earliest first (replies queued together keep their
    /// order: LiteDB keeps equal keys in insertion order). Read in index order: no sort buffer.
    /// </summary>
    public IReadOnlyList<OutboxItem> Due(DateTime now, int take) =>
        [.. Items.Query().Where(DueBetween(DateTime.MinValue, now)).OrderBy(x => x.NextAttemptAt).Limit(take).ToEnumerable()];

    /// <summary>When the next pending item falls due, or null when none is pending.</summary>
    public DateTime? NextDue() =>
        Items.Query().Where(DueBetween(DateTime.MinValue, DateTime.MaxValue)).OrderBy(x => x.NextAttemptAt).Limit(1).ToEnumerable().FirstOrDefault()?.NextAttemptAt;

    public IReadOnlyList<OutboxItem> InState(OutboxState state) =>
        [.. Items.Find(x => x.State == state).OrderBy(x => x.Id)];

    /// <summary>Saves the items in one commit.</summary>
    public void Save(IReadOnlyCollection<OutboxItem> items)
    {
        if (items.Count > 0)
        {
            database.InTransaction(() => Items.Update(items));
        }
    }

    public int Count(OutboxState state)
    {
        try
        {
            return Items.Count(x => x.State == state);
        }
        catch (LiteException ex)
        {
            throw new StoreUnavailableException("The main store cannot be read.", ex);
        }
    }

    /// <summary>Items that are pending (a cleared due time is stored as a missing field, which indexes as null and sorts first).</summary>
    private static BsonExpression DueBetween(DateTime from, DateTime to) =>
        BsonExpression.Create("$.NextAttemptAt BETWEEN @0 AND @1", new BsonValue(from), new BsonValue(to));
}
