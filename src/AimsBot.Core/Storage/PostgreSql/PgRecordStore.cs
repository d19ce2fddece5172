namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>An <see cref="IRecordStore{T}"/> as one collection of the <c>documents</c> table.</summary>
public sealed class PgRecordStore<T>(PgDatabase database, string collection) : IRecordStore<T>
    where T : class, IStoredRecord
{
    private readonly PgDocuments<T> _records = new(database, collection, x => x.Id);

    public void Upsert(T record) => _records.Upsert(record);

    public T? Find(string id) => string.IsNullOrEmpty(id) ? null : _records.Find(id);

    public int PurgeBefore(DateTime cutoff) => _records.DeleteWhere("(data->>'CreatedAt')::timestamptz < $2", cutoff);
}
