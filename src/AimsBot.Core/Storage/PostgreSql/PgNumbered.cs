namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// One collection of the <c>numbered</c> table: records whose id the store generates (audit entries,
/// evidence), ascending in insertion order across instances (a shared sequence; gaps are possible).
/// </summary>
public sealed class PgNumbered<T>(PgDatabase database, string collection, Func<T, long> getId, Action<T, long> setId)
{
    /// <summary>Gives the record the next id and inserts it.</summary>
    public long Insert(T record)
    {
        var id = database.Scalar<long>("SELECT nextval('numbered_ids')");
        setId(record, id);
        database.Execute("INSERT INTO numbered (collection, id, data) VALUES ($1, $2, $3)", collection, id, PgDatabase.Json(PgJson.Write(record)));
        return id;
    }

    /// <summary>Inserts the record with the id it already has (a migration keeping ids); false when that id is taken.</summary>
    public bool InsertKeepingId(T record) =>
        database.Execute("INSERT INTO numbered (collection, id, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", collection, getId(record), PgDatabase.Json(PgJson.Write(record))) > 0;

    public bool Update(T record) =>
        database.Execute("UPDATE numbered SET data = $3 WHERE collection = $1 AND id = $2", collection, getId(record), PgDatabase.Json(PgJson.Write(record))) > 0;

    public T? Find(long id) =>
        database.Query("SELECT data::text FROM numbered WHERE collection = $1 AND id = $2", r => PgJson.Read<T>(r.GetString(0)), collection, id).FirstOrDefault();

    /// <summary>Records matching <paramref name="condition"/> (SQL over <c>data</c>, parameters from <c>$2</c>), by id.</summary>
    public List<T> Where(string condition, bool descending, int? limit, params object?[] args) =>
        database.Query(
            $"SELECT data::text FROM numbered WHERE collection = $1 AND ({condition}) ORDER BY id {(descending ? "DESC" : "ASC")}{(limit is { } take ? " LIMIT " + take.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}",
            r => PgJson.Read<T>(r.GetString(0)),
            [collection, .. args]);

    public int Count() => database.Scalar<int>("SELECT count(*) FROM numbered WHERE collection = $1", collection);
}
