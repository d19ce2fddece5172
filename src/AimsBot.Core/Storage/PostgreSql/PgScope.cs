using System.Globalization;
using Npgsql;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// One open transaction of <see cref="PgDatabase"/>: its connection, the conversations it has locked,
/// and the writes nobody waits on (upserts, inserts, savepoints) held back to travel with the next
/// statement that must answer, in one round trip (an <see cref="NpgsqlBatch"/>). A held-back write that
/// fails fails the batch it travels in, inside the same transaction; a savepoint sends what it holds
/// before it is released, so a failure is still undone with the savepoint that made it.
/// </summary>
internal sealed class PgScope(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private readonly List<NpgsqlBatchCommand> _held = [];
    private readonly HashSet<string> _locked = new(StringComparer.Ordinal);

    public NpgsqlConnection Connection => connection;

    public NpgsqlTransaction Transaction => transaction;

    /// <summary>How many savepoints are open.</summary>
    public int Depth { get; set; }

    /// <summary>How many writes are held back.</summary>
    public int Held => _held.Count;

    /// <summary>How many times held-back writes were sent (a savepoint knows from it whether its own start reached the server).</summary>
    public long Sends { get; private set; }

    /// <summary>Holds back a write that returns no rows.</summary>
    public void Hold(string sql, object?[] args) => _held.Add(Command(sql, args));

    /// <summary>Drops the held-back writes from position <paramref name="from"/> on (never sent, so nothing to undo on the server).</summary>
    public void Drop(int from) => _held.RemoveRange(from, _held.Count - from);

    /// <summary>Whether the whole transaction holds the conversation's lock (taken outside any savepoint).</summary>
    public bool Holds(string conversationKey) => _locked.Contains(conversationKey);

    /// <summary>Remembers a conversation lock taken outside any savepoint (one taken in a savepoint ends with it if it is rolled back).</summary>
    public void Locked(IEnumerable<string> conversationKeys)
    {
        if (Depth == 0)
        {
            _locked.UnionWith(conversationKeys);
        }
    }

    /// <summary>A batch of the held-back writes followed by <paramref name="sql"/> (when given); the writes are then no longer held.</summary>
    public NpgsqlBatch Batch(string? sql, object?[] args)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in _held)
        {
            batch.BatchCommands.Add(command);
        }

        if (_held.Count > 0)
        {
            Sends++;
        }

        _held.Clear();
        if (sql is not null)
        {
            batch.BatchCommands.Add(Command(sql, args));
        }

        return batch;
    }

    /// <summary>Sends the held-back writes, if any.</summary>
    public void Flush()
    {
        if (_held.Count == 0)
        {
            return;
        }

        using var batch = Batch(null, []);
        batch.ExecuteNonQuery();
    }

    /// <summary>One statement with positional parameters (<c>$1</c>, <c>$2</c>, ...).</summary>
    public static NpgsqlBatchCommand Command(string sql, object?[] args)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var arg in args)
        {
            command.Parameters.Add(Parameter(arg));
        }

        return command;
    }

    private static NpgsqlParameter Parameter(object? arg) => arg switch
    {
        NpgsqlParameter parameter => parameter,
        DateTime time => PgDatabase.Time(time),
        null => new NpgsqlParameter { Value = DBNull.Value },
        _ => new NpgsqlParameter { Value = arg },
    };

    /// <summary>
    /// A savepoint that costs no round trip of its own: its start is held back with the writes, and its
    /// release goes out with whatever it still holds, so a failing write is undone with it. When it
    /// fails before anything of it reached the server, its held writes are simply dropped.
    /// </summary>
    public T InSavepoint<T>(Func<T> work)
    {
        var name = "s" + (++Depth).ToString(CultureInfo.InvariantCulture);
        var mark = Held;
        var sends = Sends;
        Hold("SAVEPOINT " + name, []);
        try
        {
            var result = work();
            if (Sends == sends && Held == mark + 1)
            {
                // The savepoint did nothing: it never needs to reach the server.
                Drop(mark);
            }
            else
            {
                Hold("RELEASE SAVEPOINT " + name, []);
                PgDatabase.Use(() =>
                {
                    Flush();
                    return 0;
                });
            }

            return result;
        }
        catch
        {
            if (Sends == sends)
            {
                Drop(mark);
            }
            else
            {
                Drop(0);
                RollbackTo(name);
            }

            throw;
        }
        finally
        {
            Depth--;
        }
    }

    /// <summary>
    /// Undoes a savepoint; when the failure came from a write held back before it (the transaction is
    /// aborted and the savepoint never began), the enclosing savepoint or transaction undoes it instead.
    /// </summary>
    private void RollbackTo(string name)
    {
        try
        {
            using var rollback = new NpgsqlBatch(connection, transaction) { BatchCommands = { new NpgsqlBatchCommand("ROLLBACK TO SAVEPOINT " + name) } };
            rollback.ExecuteNonQuery();
        }
        catch (PostgresException)
        {
            // Left to the enclosing savepoint or transaction, which the original failure reaches next.
        }
        catch (NpgsqlException)
        {
            // The connection broke: the server rolls the whole transaction back.
        }
    }
}
