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
/// </summary>
public sealed class PgDatabase : IUnitOfWork, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly ThreadLocal<Scope?> _current = new();
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
            return InSavepoint(scope, work);
        }

        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        _current.Value = new Scope(connection, transaction);
        try
        {
            var result = work();
            transaction.Commit();
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
    public int Execute(string sql, params object?[] args) => Use(command =>
    {
        Prepare(command, sql, args);
        return command.ExecuteNonQuery();
    });

    /// <summary>Reads the rows of a query.</summary>
    public List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] args) => Use(command =>
    {
        Prepare(command, sql, args);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    });

    /// <summary>The first column of the first row, or default when there is none (or it is null).</summary>
    public T? Scalar<T>(string sql, params object?[] args) => Use(command =>
    {
        Prepare(command, sql, args);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    });

    /// <summary>A JSON document as a <c>jsonb</c> parameter.</summary>
    public static NpgsqlParameter Json(string json) => new() { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json };

    /// <summary>A nullable time as a <c>timestamptz</c> parameter (UTC).</summary>
    public static NpgsqlParameter Time(DateTime? value) => new()
    {
        NpgsqlDbType = NpgsqlDbType.TimestampTz,
        Value = value is { } time ? Utc(time) : DBNull.Value,
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

    /// <summary>Runs a command on the current transaction or on a connection of its own; a lost connection is a <see cref="StoreUnavailableException"/>.</summary>
    private T Use<T>(Func<NpgsqlCommand, T> run)
    {
        try
        {
            if (_current.Value is { } scope)
            {
                using var inner = new NpgsqlCommand(null, scope.Connection, scope.Transaction);
                return run(inner);
            }

            using var connection = OpenConnection();
            using var command = new NpgsqlCommand(null, connection);
            return run(command);
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            throw new StoreUnavailableException("The connection to the PostgreSQL database failed.", ex);
        }
    }

    private T InSavepoint<T>(Scope scope, Func<T> work)
    {
        var name = "s" + (++scope.Depth).ToString(CultureInfo.InvariantCulture);
        scope.Transaction.Save(name);
        try
        {
            var result = work();
            scope.Transaction.Release(name);
            return result;
        }
        catch
        {
            scope.Transaction.Rollback(name);
            throw;
        }
        finally
        {
            scope.Depth--;
        }
    }

    private static void Prepare(NpgsqlCommand command, string sql, object?[] args)
    {
        command.CommandText = sql;
        foreach (var arg in args)
        {
            command.Parameters.Add(arg switch
            {
                NpgsqlParameter parameter => parameter,
                DateTime time => Time(time),
                null => new NpgsqlParameter { Value = DBNull.Value },
                _ => new NpgsqlParameter { Value = arg },
            });
        }
    }

    private sealed class Scope(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        public NpgsqlConnection Connection { get; } = connection;

        public NpgsqlTransaction Transaction { get; } = transaction;

        public int Depth { get; set; }
    }
}
