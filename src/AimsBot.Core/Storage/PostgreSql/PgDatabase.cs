using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// The shared PostgreSQL database: a pooled data source, the schema migrated at start
/// (<see cref="PgSchema"/>), and the turn's transaction (<see cref="IUnitOfWork"/>). A transaction
/// belongs to the thread that opened it (as with LiteDB, a turn is synchronous work); every store
/// call on that thread joins it, and a nested <see cref="InTransaction{T}"/> is a savepoint, so an
/// inner failure undoes only its own writes. Outside a transaction each call commits on its own.
/// Inside one, writes whose answer nobody needs (<see cref="Write"/>) and savepoints are held back and
/// sent with the next statement that must answer (<see cref="PgScope"/>): a turn costs a round trip per
/// read, not per statement.
/// </summary>
public sealed class PgDatabase : IUnitOfWork, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly ThreadLocal<PgScope?> _current = new();
    private readonly ThreadLocal<List<Action>?> _afterCommit = new();
    private long _rollbacks;

    public PgDatabase(NpgsqlDataSource source)
    {
        _source = source;
        PgSchema.Migrate(source);
    }

    /// <summary>Opens the database behind <paramref name="connectionString"/>, creating or migrating its schema.</summary>
    public static PgDatabase Open(string connectionString) => new(PgDataSources.Create(connectionString));

    /// <summary>How many transactions were rolled back.</summary>
    public long Rollbacks => Interlocked.Read(ref _rollbacks);

    /// <summary>Whether the calling thread is inside a transaction of this database.</summary>
    public bool InTransactionNow => _current.Value is not null;

    public T InTransaction<T>(Func<T> work)
    {
        if (_current.Value is { } scope)
        {
            return scope.InSavepoint(work);
        }

        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        var opened = new PgScope(connection, transaction);
        _current.Value = opened;
        try
        {
            var result = work();
            Use(() =>
            {
                opened.Flush();
                transaction.Commit();
                return 0;
            });
            RunAfterCommit();
            return result;
        }
        catch
        {
            Interlocked.Increment(ref _rollbacks);
            if (connection.State == System.Data.ConnectionState.Open)
            {
                try
                {
                    transaction.Rollback();
                }
                catch (NpgsqlException)
                {
                    // The connection broke: the server rolls the transaction back itself.
                }
            }

            throw;
        }
        finally
        {
            _current.Value = null;
            _afterCommit.Value = null;
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction open on this thread commits (at once outside
    /// one; never when it rolls back): a signal that wakes a reader on another connection must not come
    /// before what it signals is visible.
    /// </summary>
    public void AfterCommit(Action action)
    {
        if (_current.Value is null)
        {
            action();
            return;
        }

        (_afterCommit.Value ??= []).Add(action);
    }

    private void RunAfterCommit()
    {
        var actions = _afterCommit.Value;
        _afterCommit.Value = null;
        foreach (var action in actions ?? [])
        {
            action();
        }
    }

    /// <summary>Runs a statement on the current transaction (or on its own); returns the rows affected.</summary>
    public int Execute(string sql, params object?[] args) => Use(sql, args, batch =>
    {
        batch.ExecuteNonQuery();
        return batch.BatchCommands[^1].RecordsAffected;
    });

    /// <summary>
    /// Runs a write whose outcome the caller does not need: inside a transaction it is held back and sent
    /// with the next statement (or savepoint release, or commit) of that transaction, so its failure
    /// surfaces there and rolls back with it; outside one it runs at once.
    /// </summary>
    public void Write(string sql, params object?[] args)
    {
        if (_current.Value is { } scope)
        {
            scope.Hold(sql, args);
            return;
        }

        Execute(sql, args);
    }

    /// <summary>Reads the rows of a query.</summary>
    public List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] args) => Use(sql, args, batch =>
    {
        using var reader = batch.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    });

    /// <summary>The first column of the first row, or default when there is none (or it is null).</summary>
    public T? Scalar<T>(string sql, params object?[] args) => Use(sql, args, batch =>
    {
        var value = batch.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    });

    /// <summary>
    /// Holds the conversations' advisory locks until the transaction open on this thread ends (nothing
    /// outside one), in one statement and in a fixed order, so two holders of several never deadlock; a
    /// lock the transaction already holds is not asked for again.
    /// </summary>
    public void LockConversations(IReadOnlyCollection<string> conversationKeys)
    {
        if (_current.Value is not { } scope)
        {
            return;
        }

        var missing = conversationKeys.Where(x => !scope.Holds(x)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        Execute("SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($1::text[]) AS k ORDER BY 1) AS l", [missing]);
        scope.Locked(missing);
    }

    /// <summary>A JSON document as a <c>jsonb</c> parameter.</summary>
    public static NpgsqlParameter Json(string json) => new() { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json };

    /// <summary>The rest of a stream as a <c>bytea</c> parameter, sent from the stream as the statement runs.</summary>
    public static NpgsqlParameter Bytes(Stream content) => new() { NpgsqlDbType = NpgsqlDbType.Bytea, Value = content, Size = checked((int)(content.Length - content.Position)) };

    /// <summary>A nullable time as a <c>timestamptz</c> parameter (UTC).</summary>
    public static NpgsqlParameter Time(DateTime? value) => new()
    {
        NpgsqlDbType = NpgsqlDbType.TimestampTz,
        Value = value is { } time ? Utc(time) : DBNull.Value,
    };

    /// <summary>Times as a <c>timestamptz[]</c> parameter (UTC; a null stays null).</summary>
    public static NpgsqlParameter Times(IEnumerable<DateTime?> values) => new()
    {
        NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
        Value = values.Select(x => x is { } time ? Utc(time) : (DateTime?)null).ToArray(),
    };

    /// <summary>A time as UTC (an unspecified kind is taken as UTC, as the stores write it).</summary>
    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };

    public void Dispose()
    {
        _source.Dispose();
        _current.Dispose();
        _afterCommit.Dispose();
    }

    private NpgsqlConnection OpenConnection()
    {
        try
        {
            return _source.OpenConnection();
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            throw new StoreUnavailableException("The PostgreSQL database cannot be reached.", ex);
        }
    }

    /// <summary>Runs <paramref name="sql"/> (after the writes held back) on the current transaction or on a connection of its own.</summary>
    private T Use<T>(string sql, object?[] args, Func<NpgsqlBatch, T> run) => Use(() =>
    {
        if (_current.Value is { } scope)
        {
            using var inner = scope.Batch(sql, args);
            return run(inner);
        }

        using var connection = OpenConnection();
        using var batch = new NpgsqlBatch(connection) { BatchCommands = { PgScope.Command(sql, args) } };
        return run(batch);
    });

    /// <summary>Runs database work; a lost connection is a <see cref="StoreUnavailableException"/>.</summary>
    internal static T Use<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            throw new StoreUnavailableException("The connection to the PostgreSQL database failed.", ex);
        }
    }
}
