using AimsBot.Core.Delivery;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// Reads and settles outbox items for the sender, and keeps its in-memory fast path
/// (<see cref="OutboxHandoff"/>) honest: a read that returned every due item turns it on, anything
/// saved pending turns it off.
/// </summary>
public sealed class LiteDbOutboxStore(AimsDatabase database, OutboxHandoff? handoff = null) : IOutboxStore
{
    private const int PurgeChunk = 500;
    private readonly OutboxHolds _holds = new();

    private ILiteCollection<OutboxItem> Items => database.Collection<OutboxItem>(CollectionNames.Outbox);

    /// <summary>
    /// Pending items whose next attempt is due, earliest first (replies queued together keep their
    /// order: LiteDB keeps equal keys in insertion order), read in index order (no sort buffer). A due
    /// item with an earlier item of its conversation still pending behind a retry or a hold (see
    /// <see cref="OutboxItem.HoldsConversation"/>, kept in memory: <see cref="OutboxHolds"/>) is not handed out: it is moved to just after that item,
    /// so a conversation's replies go in order even after an outage or a restart.
    /// </summary>
    public IReadOnlyList<OutboxItem> Due(DateTime now, int take)
    {
        var version = handoff?.Version ?? 0;
        var due = ReadDue(now, take);
        var holding = due.Count > 0 || handoff is not null ? HoldingOutside(due) : [];
        var held = HeldBehind(due, holding);
        if (held.Count == 0)
        {
            // The handoff hands new rows out without looking for an earlier row of their conversation, so it
            // goes on only while no row outside this batch holds a conversation back.
            if (handoff is not null && due.Count < take && holding.Count == 0)
            {
                handoff.StoreReadAll(version, due.Count == 0 ? 0 : due.Max(x => x.Id), NextAfter(now));
            }

            return due;
        }

        Save(held);
        return [.. due.Except(held)];
    }

    /// <summary>When the next pending item falls due, or null when none is pending.</summary>
    public DateTime? NextDue() =>
        Items.Query().Where(DueBetween(DateTime.MinValue, DateTime.MaxValue)).OrderBy(x => x.NextAttemptAt).Limit(1).ToEnumerable().FirstOrDefault()?.NextAttemptAt;

    public IReadOnlyList<OutboxItem> InState(OutboxState state) =>
        [.. Items.Find(x => x.State == state).OrderBy(x => x.Id)];

    /// <summary>Saves the items in one commit (and whether each now holds back its conversation).</summary>
    public void Save(IReadOnlyCollection<OutboxItem> items)
    {
        if (items.Count > 0)
        {
            foreach (var item in items)
            {
                item.HoldsConversation = item.HoldsBack();
            }

            if (items.Any(x => x.State == OutboxState.Pending))
            {
                // A retry, a hold, a pace or a dead letter sent again: only the store knows when it is due.
                handoff?.TurnOff();
            }

            var changes = items.Select(OutboxHolds.Change.Of).ToList();
            database.InTransaction(() =>
            {
                database.AfterCommit(() => _holds.Saved(changes));
                return Items.Update(items);
            });
        }
    }

    /// <summary>
    /// How many items are in <paramref name="state"/>, read from the <c>State</c> index alone (a plain
    /// count loaded every pending reply on each <c>/healthz</c>, a third of the allocations of a backlog drain).
    /// </summary>
    public int Count(OutboxState state)
    {
        try
        {
            return database.IndexKeys(CollectionNames.Outbox, nameof(OutboxItem.State), BsonExpression.Create("$.State = @0", state.ToString())).Count();
        }
        catch (LiteException ex)
        {
            throw new StoreUnavailableException("The main store cannot be read.", ex);
        }
    }

    /// <summary>
    /// Deletes the rows sent before <paramref name="cutoff"/>, walking ids from the oldest a slice at a time:
    /// ids follow the order of queueing and a row is sent after it is queued, so the walk ends at the first row
    /// queued after the cutoff. The rows it passes over (pending, dead, sent since) are few and walked again next
    /// time. There is no index on <see cref="OutboxItem.SentAt"/>: it cost every reply an index write when queued
    /// and another when sent.
    /// </summary>
    public int PurgeSent(DateTime cutoff)
    {
        var purged = 0;
        var expired = new List<long>(PurgeChunk);
        foreach (var item in Items.InSlices("_id", x => x.Id, PurgeChunk))
        {
            if (item.CreatedAt >= cutoff)
            {
                break;
            }

            if (item.State == OutboxState.Sent && item.SentAt < cutoff)
            {
                expired.Add(item.Id);
            }

            if (expired.Count == PurgeChunk)
            {
                purged += Delete(expired);
            }
        }

        return purged + Delete(expired);
    }

    /// <summary>Deletes the rows with these ids in one commit, and forgets the ids.</summary>
    private int Delete(List<long> ids)
    {
        var deleted = ids.Count == 0 ? 0 : database.InTransaction(() => ids.Count(id => Items.Delete(id)));
        ids.Clear();
        return deleted;
    }

    /// <summary>
    /// When the first pending item due after <paramref name="now"/> falls due (null: none). LiteDB keeps dates
    /// to the millisecond (a parameter too), so "after" starts at the next millisecond: an item due within
    /// <paramref name="now"/>'s own millisecond is due now, and was read with the due ones.
    /// </summary>
    private DateTime? NextAfter(DateTime now) =>
        Items.Query().Where(DueBetween(NextMillisecond(now), DateTime.MaxValue)).OrderBy(x => x.NextAttemptAt).Limit(1).ToEnumerable().FirstOrDefault()?.NextAttemptAt;

    private static DateTime NextMillisecond(DateTime time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond) + TimeSpan.TicksPerMillisecond, time.Kind);

    private List<OutboxItem> ReadDue(DateTime now, int take) =>
        [.. Items.Query().Where(DueBetween(DateTime.MinValue, now)).OrderBy(x => x.NextAttemptAt).Limit(take).ToEnumerable()];

    /// <summary>The earliest row of each conversation that holds it back, among the pending rows outside <paramref name="due"/>.</summary>
    private Dictionary<string, OutboxHolds.Holder> HoldingOutside(List<OutboxItem> due)
    {
        _holds.LoadOnce(() => Items.Find(x => x.State == OutboxState.Pending));
        return _holds.FirstOutside(due.Select(x => x.Id).ToHashSet());
    }

    /// <summary>
    /// The due items that must wait for an earlier item of their conversation outside this batch (that
    /// item holds it back: <paramref name="first"/>), each moved to just after that item's next attempt.
    /// </summary>
    private static List<OutboxItem> HeldBehind(List<OutboxItem> due, Dictionary<string, OutboxHolds.Holder> first)
    {
        var held = new List<OutboxItem>();
        foreach (var item in due)
        {
            if (first.TryGetValue(item.Conversation, out var earlier) && earlier.Id < item.Id)
            {
                // Strictly after it, so that it comes first in the due index.
                var after = earlier.Next.AddMilliseconds(1);
                item.NextAttemptAt = item.NextAttemptAt > after ? item.NextAttemptAt : after;
                held.Add(item);
            }
        }

        return held;
    }

    /// <summary>Items that are pending (a cleared due time is stored as a missing field, which indexes as null and sorts first).</summary>
    private static BsonExpression DueBetween(DateTime from, DateTime to) =>
        BsonExpression.Create("$.NextAttemptAt BETWEEN @0 AND @1", new BsonValue(from), new BsonValue(to));
}
