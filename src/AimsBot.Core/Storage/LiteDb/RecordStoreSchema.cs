using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The collection of one <see cref="IRecordStore{T}"/>, indexed by age for the purge.</summary>
public sealed class RecordStoreSchema<T>(string collection) : IStoreSchema
    where T : class, IStoredRecord
{
    public void Ensure(LiteDatabase database) =>
        database.GetCollection<T>(collection).EnsureIndex(x => x.CreatedAt);
}
