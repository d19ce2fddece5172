using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// Reading a large collection a slice at a time. <see cref="SerializedLiteEngine"/> reads every query's result
/// in full before handing it out, and LiteDB keeps every page a transaction has read until it ends: one query
/// over 50,000 risks held all their documents on the heap at once (long enough to reach the collector's oldest
/// generation, where they lingered as garbage) and grew LiteDB's page cache, which never shrinks, to the size of
/// the collection. Slices of a few hundred documents, each its own short query, bound both.
/// </summary>
public static class LiteChunkedReads
{
    /// <summary>How many documents one slice reads.</summary>
    public const int SliceSize = 500;

    /// <summary>
    /// Every document in ascending order of the unique integer index <paramref name="field"/> (which
    /// <paramref name="key"/> reads from a document), <paramref name="size"/> at a time: each slice is one query
    /// on the index (no sort) starting after the last key read. Outside a transaction each slice is its own
    /// transaction, so a write committed between slices may be seen or not: callers that need one consistent
    /// reading check for writes themselves.
    /// </summary>
    public static IEnumerable<T> InSlices<T>(this ILiteCollection<T> collection, string field, Func<T, long> key, int size = SliceSize)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(key);
        // One expression with a parameter: LiteDB compiles it once, where a literal per slice is compiled per slice.
        var afterKey = "$." + field + " > @0";
        var after = long.MinValue;
        while (true)
        {
            var slice = collection.Query().Where(afterKey, after).OrderBy(field).Limit(size).ToList();
            foreach (var item in slice)
            {
                yield return item;
            }

            if (slice.Count < size)
            {
                yield break;
            }

            after = key(slice[^1]);
        }
    }
}
