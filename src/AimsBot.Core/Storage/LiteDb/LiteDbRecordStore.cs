using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>An <see cref="IRecordStore{T}"/> as one collection of the main store.</summary>
public sealed class LiteDbRecordStore<T>(AimsDatabase database, string collection) : IRecordStore<T>
    where T : class, IStoredRecord
{
    private ILiteCollection<T> Records => database.Collection<T>(collection);

    public void Upsert(T record) => Records.Upsert(record);

    public T? Find(string id) => string.IsNullOrEmpty(id) ? null : Records.FindById(id);

    public int PurgeBefore(DateTime cutoff) => Records.DeleteMany(x => x.CreatedAt < cutoff);
}
