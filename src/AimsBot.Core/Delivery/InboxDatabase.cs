using AimsBot.Core.Storage;
using LiteDB;

namespace AimsBot.Core.Delivery;

/// <summary>
/// The inbox's own LiteDB file, beside the main one. An edge acknowledges a request once its turn is
/// committed here, and this file has its own engine and lock: an acknowledgement never waits for a
/// turn's transaction in the main store. Exactly-once processing across the two files is kept by
/// <see cref="ProcessedTurns"/>, which commits with each turn's effects in the main store.
/// </summary>
public sealed class InboxDatabase : IDisposable
{
    private readonly AimsDatabase _store;

    private InboxDatabase(AimsDatabase store) => _store = store;

    /// <summary>Opens (or creates) the inbox file at <paramref name="path"/> and ensures its indexes.</summary>
    public static InboxDatabase Open(string path) => new(new AimsDatabase(path, [new Schema()]));

    /// <summary>Turns off LiteDB's checkpoint inside whichever commit crosses its threshold (the writer checkpoints itself).</summary>
    public void TurnOffAutomaticCheckpoints() => _store.Database.CheckpointSize = 0;

    /// <summary>Copies committed log pages into the data file.</summary>
    public void Checkpoint() => _store.Database.Checkpoint();

    public ILiteCollection<InboxItem> Items => _store.Collection<InboxItem>(CollectionNames.Inbox);

    /// <inheritdoc cref="AimsDatabase.InTransaction{T}(Func{T})"/>
    public T InTransaction<T>(Func<T> work) => _store.InTransaction(work);

    /// <summary>
    /// Moves an inbox kept inside the main store (before the inbox had its own file) into this one:
    /// turns still pending come here in their order; settled ones are recorded as processed in the
    /// main store, so a redelivery is still not run again. Safe to repeat after a crash part-way.
    /// Returns how many pending turns were moved.
    /// </summary>
    public int AdoptFrom(AimsDatabase main, ProcessedTurns processed)
    {
        if (!main.Database.CollectionExists(CollectionNames.Inbox))
        {
            return 0;
        }

        var legacy = main.Database.GetCollection(CollectionNames.Inbox).Query().OrderBy("_id").ToList();
        var pending = legacy.Where(x => x["State"].AsString == "Pending").ToList();
        var moved = InTransaction(() =>
        {
            var next = LastId();
            var fresh = new List<InboxItem>();
            foreach (var old in pending)
            {
                var key = old["DeliveryKey"].AsString;
                if (!Items.Exists(i => i.DeliveryKey == key))
                {
                    fresh.Add(new InboxItem { Id = ++next, DeliveryKey = key, Turn = old["Turn"].AsString, ReceivedAt = old["ReceivedAt"].AsDateTime.ToUniversalTime() });
                }
            }

            return fresh.Count == 0 ? 0 : Items.InsertBulk(fresh);
        });
        processed.RecordSettled(legacy.Except(pending).Select(x => x["DeliveryKey"].AsString));
        main.Database.DropCollection(CollectionNames.Inbox);
        return moved;
    }

    /// <summary>The highest id given so far (0 when empty): the writer numbers new items after it.</summary>
    public long LastId() => Items.Query().OrderByDescending(x => x.Id).Select(x => x.Id).Limit(1).ToEnumerable().FirstOrDefault();

    public void Dispose() => _store.Dispose();

    private sealed class Schema : IStoreSchema
    {
        public void Ensure(LiteDatabase database)
        {
            var inbox = database.GetCollection<InboxItem>(CollectionNames.Inbox);
            inbox.EnsureIndex(x => x.DeliveryKey, unique: true);
        }
    }
}
