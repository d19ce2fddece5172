using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// Look-ups by primary key without LiteDB's per-call parsing: its <c>FindById</c> parses the text
/// <c>_id = @0</c> on every call, which on the turn path (five look-ups a turn) cost more than the
/// look-ups themselves.
/// </summary>
public static class LiteCollectionLookups
{
    private static readonly ParsedQuery ById = new("_id = @0");

    /// <summary>The document with this id, or null; the same as <c>FindById</c>.</summary>
    public static T? FindByKey<T>(this ILiteCollection<T> collection, BsonValue id)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.FindOne(ById.With(id));
    }

    /// <summary>
    /// The values of <paramref name="field"/> in the documents of <paramref name="collection"/> matching
    /// <paramref name="where"/>, read from that field's index alone: a query that selects only its index's
    /// field loads no document (LiteDB's index-key-only plan). Keep such a query free of ORDER BY and GROUP BY,
    /// which that plan does not support.
    /// </summary>
    public static IEnumerable<BsonValue> IndexKeys(this AimsDatabase database, string collection, string field, BsonExpression where)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Database.GetCollection(collection).Query()
            .Where(where)
            .Select(BsonExpression.Create("$." + field))
            .ToEnumerable()
            .Select(row => row[field]);
    }
}
