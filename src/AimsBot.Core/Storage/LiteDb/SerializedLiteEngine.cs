using LiteDB;
using LiteDB.Engine;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// Lets one thread at a time into LiteDB. LiteDB 5 can corrupt its in-memory page state when reads
/// run while another thread writes the same pages (litedb-org/LiteDB#2264, "ENSURE: get only index
/// below highest index", seen here under load), and the engine then refuses every call until the
/// process restarts. So every call takes one lock; an explicit transaction keeps it from
/// <c>BeginTrans</c> to <c>Commit</c>/<c>Rollback</c> (LiteDB binds transactions to their thread,
/// and a transaction is synchronous work here); and query results are read in full inside the lock.
/// </summary>
public sealed class SerializedLiteEngine(ILiteEngine inner) : ILiteEngine
{
    private readonly Lock _gate = new();
    private readonly ThreadLocal<int> _heldForTransaction = new(() => 0);

    public bool BeginTrans()
    {
        _gate.Enter();
        var began = false;
        try
        {
            began = inner.BeginTrans();
            return began;
        }
        finally
        {
            if (began)
            {
                _heldForTransaction.Value++;
            }
            else
            {
                _gate.Exit();
            }
        }
    }

    public bool Commit() => EndTransaction(inner.Commit);

    public bool Rollback() => EndTransaction(inner.Rollback);

    public IBsonDataReader Query(string collection, Query query) => Locked(() =>
    {
        using var reader = inner.Query(collection, query);
        var values = new List<BsonValue>();
        while (reader.Read())
        {
            values.Add(reader.Current);
        }

        return (IBsonDataReader)new MaterializedReader(reader.Collection, values);
    });

    public int Checkpoint() => Locked(inner.Checkpoint);

    /// <summary>Runs <paramref name="work"/> holding the lock every call takes (it may call this engine again).</summary>
    public T Exclusive<T>(Func<T> work) => Locked(work);

    public long Rebuild(RebuildOptions options) => Locked(() => inner.Rebuild(options));

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Locked(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Locked(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Locked(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Locked(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Locked(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Locked(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Locked(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Locked(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Locked(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Locked(() => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Locked(() => inner.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Locked(() => inner.Pragma(name, value));

    public void Dispose()
    {
        lock (_gate)
        {
            inner.Dispose();
        }

        _heldForTransaction.Dispose();
    }

    private T Locked<T>(Func<T> call)
    {
        lock (_gate)
        {
            return call();
        }
    }

    private bool EndTransaction(Func<bool> end)
    {
        _gate.Enter();
        try
        {
            return end();
        }
        finally
        {
            _gate.Exit();
            if (_heldForTransaction.Value > 0)
            {
                _heldForTransaction.Value--;
                _gate.Exit();
            }
        }
    }

    /// <summary>Query results already read, handed out after the lock is released.</summary>
    private sealed class MaterializedReader(string collection, List<BsonValue> values) : IBsonDataReader
    {
        private int _index = -1;

        public BsonValue this[string field] => Current.AsDocument[field];

        public string Collection => collection;

        public BsonValue Current => _index >= 0 && _index < values.Count ? values[_index] : BsonValue.Null;

        public bool HasValues => values.Count > 0;

        public bool Read() => ++_index < values.Count;

        public void Dispose()
        {
            _index = values.Count;
        }
    }
}
