using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>A feature's collections and indexes, ensured once when the database opens.</summary>
public interface IStoreSchema
{
    void Ensure(LiteDatabase database);
}
