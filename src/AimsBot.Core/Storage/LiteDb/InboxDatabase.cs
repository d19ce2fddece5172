using AimsBot.Core.Delivery;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The inbox's own LiteDB file, beside the main one. An edge acknowledges a request once its turn is
/// committed here, and this file has its own engine and lock: an acknowledgement never waits for a
/// turn's transaction in the main store. Exactly-once processing across the two files is kept by
/// <see cref="IProcessedTurns"/>, which commits with each turn's effects in the main store.
/// Turns are kept in <see cref="InboxBatch"/> documents, one per group commit, read along the
/// primary key only.
/// </summary>
public sealed class InboxDatabase : IDisposable
{
    /// <summary>
    /// Turn JSON (in characters) one batch document holds before the next one starts: at most three
    /// bytes each in UTF-8, well inside LiteDB's 16 MB document limit.
    /// </summary>
    private const int MaxTurnCharsPerDocument = 2_000_000;

    private const int MaxTurnsPerDocument = 1_000;

    private readonly AimsDatabase _store;

    private InboxDatabase(AimsDatabase store) => _store = store;

    /// <summary>
    /// Opens (or creates) the inbox file at <paramref name="path"/>; an inbox written one document
    /// per turn (before batches) is moved into batches, keeping its ids.
    /// </summary>
    public static InboxDatabase Open(string path)
    {
        var inbox = new InboxDatabase(new AimsDatabase(path, [], inbox: true));
        try
        {
            inbox.BatchItemsKeptOnePerDocument();
            inbox.EnsureGeneration();
            return inbox;
        }
        catch (Exception ex) when (LiteDbFile.MeansDamaged(ex))
        {
            inbox.Dispose();
            throw LiteDbFile.Damaged(inbox.FilePath, inbox: true, ex.Message, ex);
        }
    }

    /// <summary>The file's full path.</summary>
    public string FilePath => _store.FilePath!;

    /// <inheritdoc cref="AimsDatabase.Exclusive{T}(Func{T})"/>
    public T Exclusive<T>(Func<T> work) => _store.Exclusive(work);

    /// <summary>This file's generation id, made when it was created (or first opened by a version that keeps one).</summary>
    public string Generation => Meta().Generation;

    /// <summary>How far the processor has run this file's turns (0 before it has run any).</summary>
    public long ProcessedMark => Meta().ProcessedMark;

    /// <summary>Records how far the processor has run (never moves back).</summary>
    public void MarkProcessed(long position) => InTransaction(() =>
    {
        var meta = Meta();
        if (position > meta.ProcessedMark)
        {
            meta.ProcessedMark = position;
            MetaCollection.Update(meta);
        }

        return 0;
    });

    /// <summary>Turns off LiteDB's checkpoint inside whichever commit crosses its threshold (the writer checkpoints itself).</summary>
    public void TurnOffAutomaticCheckpoints() => _store.Database.CheckpointSize = 0;

    /// <summary>Copies committed log pages into the data file.</summary>
    public void Checkpoint() => _store.Database.Checkpoint();

    public ILiteCollection<InboxBatch> Batches => _store.Collection<InboxBatch>(CollectionNames.InboxBatches);

    /// <inheritdoc cref="AimsDatabase.InTransaction{T}(Func{T})"/>
    public T InTransaction<T>(Func<T> work) => _store.InTransaction(work);

    /// <summary>
    /// Stores <paramref name="items"/> (consecutive ids, continuing from <see cref="LastId"/>) as one
    /// batch document, or a few when their turns are large. Call inside a transaction.
    /// </summary>
    public int Append(IReadOnlyList<InboxItem> items, DateTime receivedAt)
    {
        var documents = new List<InboxBatch>();
        var current = new InboxBatch { ReceivedAt = receivedAt };
        var chars = 0;
        foreach (var item in items)
        {
            if (current.Items.Count > 0 && (chars + item.Turn.Length > MaxTurnCharsPerDocument || current.Items.Count == MaxTurnsPerDocument))
            {
                documents.Add(current);
                current = new InboxBatch { ReceivedAt = receivedAt };
                chars = 0;
            }

            current.Items.Add(item);
            current.Id = item.Id;
            chars += item.Turn.Length;
        }

        if (current.Items.Count > 0)
        {
            documents.Add(current);
        }

        return documents.Count == 0 ? 0 : Batches.InsertBulk(documents);
    }

    /// <summary>The highest id given so far (0 when empty): the writer numbers new items after it.</summary>
    public long LastId() => Batches.Query().OrderByDescending(x => x.Id).Select(x => x.Id).Limit(1).ToEnumerable().FirstOrDefault();

    /// <summary>The delivery keys of the newest <paramref name="count"/> turns, oldest first.</summary>
    public IReadOnlyList<string> NewestKeys(int count)
    {
        var keys = new List<string>();
        var before = long.MaxValue;
        while (keys.Count < count)
        {
            var page = Batches.Query().Where(LiteDbInboxStore.IdBetween, 1L, before - 1).OrderByDescending(x => x.Id).Limit(8).ToList();
            if (page.Count == 0)
            {
                break;
            }

            foreach (var item in page.SelectMany(batch => Enumerable.Reverse(batch.Items)).Take(count - keys.Count))
            {
                keys.Add(item.DeliveryKey);
            }

            before = page[^1].Id;
        }

        keys.Reverse();
        return keys;
    }

    /// <summary>Every stored turn in arrival order (for tools and tests; the processor reads through <see cref="LiteDbInboxStore"/>).</summary>
    public IReadOnlyList<InboxItem> ReadAll() => [.. Batches.Query().OrderBy(x => x.Id).ToEnumerable().SelectMany(batch => batch.Items)];

    /// <summary>The stored turn with this delivery key, if any (a scan: for tools and tests).</summary>
    public InboxItem? Find(string deliveryKey) => ReadAll().LastOrDefault(x => x.DeliveryKey == deliveryKey);

    /// <summary>
    /// Moves an inbox kept inside the main store (before the inbox had its own file) into this one:
    /// turns still pending come here in their order; settled ones are recorded as processed in the
    /// main store, so a redelivery is still not run again. Safe to repeat after a crash part-way.
    /// Returns how many pending turns were moved.
    /// </summary>
    public int AdoptFrom(AimsDatabase main, IProcessedTurns processed)
    {
        if (!main.Database.CollectionExists(CollectionNames.Inbox))
        {
            return 0;
        }

        var legacy = main.Database.GetCollection(CollectionNames.Inbox).Query().OrderBy("_id").ToList();
        var pending = legacy.Where(x => x["State"].AsString == "Pending").ToList();
        var moved = InTransaction(() =>
        {
            var stored = ReadAll().Select(x => x.DeliveryKey).ToHashSet(StringComparer.Ordinal);
            var next = LastId();
            var fresh = pending
                .Where(old => !stored.Contains(old["DeliveryKey"].AsString))
                .Select(old => new InboxItem { Id = ++next, DeliveryKey = old["DeliveryKey"].AsString, Turn = old["Turn"].AsString, ReceivedAt = old["ReceivedAt"].AsDateTime.ToUniversalTime() })
                .ToList();
            Append(fresh, fresh.Count == 0 ? default : fresh[^1].ReceivedAt);
            return fresh.Count;
        });
        processed.RecordSettled(legacy.Except(pending).Select(x => x["DeliveryKey"].AsString));
        main.Database.DropCollection(CollectionNames.Inbox);
        return moved;
    }

    public void Dispose() => _store.Dispose();

    private ILiteCollection<InboxMeta> MetaCollection => _store.Collection<InboxMeta>(CollectionNames.InboxMeta);

    private InboxMeta Meta() => MetaCollection.FindById(InboxMeta.Key) ?? throw new InvalidOperationException("The inbox file has no generation record.");

    /// <summary>A file without a generation (new, or written before generations) gets one.</summary>
    private void EnsureGeneration()
    {
        if (MetaCollection.FindById(InboxMeta.Key) is null)
        {
            InTransaction(() => MetaCollection.Upsert(new InboxMeta { Generation = Guid.NewGuid().ToString("N") }));
        }
    }

    /// <summary>
    /// Before batches, this file held one document per turn (collection <c>inbox</c>, same ids). They
    /// move into batches, in order, in one transaction; a crash part-way repeats the move from the
    /// last id already batched.
    /// </summary>
    private void BatchItemsKeptOnePerDocument()
    {
        if (!_store.Database.CollectionExists(CollectionNames.Inbox))
        {
            return;
        }

        var old = _store.Database.GetCollection<InboxItem>(CollectionNames.Inbox);
        InTransaction(() =>
        {
            var last = LastId();
            var items = old.Query().Where(LiteDbInboxStore.IdBetween, last + 1, long.MaxValue).ToList();
            foreach (var sameTime in items.Chunk(MaxTurnsPerDocument))
            {
                Append(sameTime, sameTime[^1].ReceivedAt);
            }

            return items.Count;
        });
        _store.Database.DropCollection(CollectionNames.Inbox);
    }
}
