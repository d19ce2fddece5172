namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// One collection of the <c>documents</c> table: records of type <typeparamref name="T"/> as
/// <c>jsonb</c>, keyed by their id. Filters are SQL over <c>data</c>, whose parameters start at
/// <c>$2</c> (<c>$1</c> is the collection).
/// </summary>
public sealed class PgDocuments<T>(PgDatabase database, string collection, Func<T, string> key)
{
    public T? Find(string id) =>
        database.Query("SELECT data::text FROM documents WHERE collection = $1 AND id = $2", r => PgJson.Read<T>(r.GetString(0)), collection, id).FirstOrDefault();

    public bool Exists(string id) =>
        database.Scalar<int>("SELECT count(*) FROM documents WHERE collection = $1 AND id = $2", collection, id) > 0;

    /// <summary>Inserts the record; a record with the same id already there is an error, as in LiteDB.</summary>
    public void Insert(T record) =>
        database.Execute("INSERT INTO documents (collection, id, data) VALUES ($1, $2, $3)", collection, key(record), PgDatabase.Json(PgJson.Write(record)));

    /// <summary>Inserts the record unless one with its id exists; true when it was inserted.</summary>
    public bool TryInsert(T record) =>
        database.Execute("INSERT INTO documents (collection, id, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", collection, key(record), PgDatabase.Json(PgJson.Write(record))) > 0;

    /// <summary>Inserts or replaces the record (inside a transaction, sent with its next statement: see <see cref="PgDatabase.Write"/>).</summary>
    public void Upsert(T record) =>
        database.Write(
            "INSERT INTO documents (collection, id, data) VALUES ($1, $2, $3) ON CONFLICT (collection, id) DO UPDATE SET data = excluded.data",
            collection,
            key(record),
            PgDatabase.Json(PgJson.Write(record)));

    /// <summary>Replaces the stored record; false when there is none with its id.</summary>
    public bool Update(T record) =>
        database.Execute("UPDATE documents SET data = $3 WHERE collection = $1 AND id = $2", collection, key(record), PgDatabase.Json(PgJson.Write(record))) > 0;

    public bool Delete(string id) =>
        database.Execute("DELETE FROM documents WHERE collection = $1 AND id = $2", collection, id) > 0;

    /// <summary>Deletes the record if there is one, without asking whether there was (see <see cref="PgDatabase.Write"/>).</summary>
    public void Remove(string id) =>
        database.Write("DELETE FROM documents WHERE collection = $1 AND id = $2", collection, id);

    /// <summary>Records matching <paramref name="condition"/> (SQL over <c>data</c>), in <paramref name="orderBy"/> order (SQL) or by id.</summary>
    public List<T> Where(string condition, string? orderBy, params object?[] args) =>
        database.Query(
            $"SELECT data::text FROM documents WHERE collection = $1 AND ({condition}) ORDER BY {orderBy ?? "id"}",
            r => PgJson.Read<T>(r.GetString(0)),
            [collection, .. args]);

    public List<T> All(string? orderBy = null) => Where("true", orderBy);

    public int Count(string condition = "true", params object?[] args) =>
        database.Scalar<int>($"SELECT count(*) FROM documents WHERE collection = $1 AND ({condition})", [collection, .. args]);

    public int DeleteWhere(string condition, params object?[] args) =>
        database.Execute($"DELETE FROM documents WHERE collection = $1 AND ({condition})", [collection, .. args]);
}
