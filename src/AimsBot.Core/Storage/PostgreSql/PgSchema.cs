using Npgsql;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// The PostgreSQL schema as numbered migrations, applied at start. Each instance takes a
/// session-level advisory lock before it reads the version, so two instances starting together
/// apply each migration once (the second waits, then finds nothing to do). Each migration commits
/// with its version row, so a crash part-way repeats only the migration that did not finish. A
/// database already newer than this build (a rolling deploy) is used as it is: migrations only add.
/// </summary>
public static class PgSchema
{
    /// <summary>The advisory lock key of schema migration ("AimsBot" in ASCII).</summary>
    public const long MigrationLock = 0x41696d73426f74;

    /// <summary>The migrations in order; never edit one that has shipped, add the next.</summary>
    public static IReadOnlyList<PgMigration> Migrations { get; } =
    [
        new(1, "documents, counters, queues, export contents", PgSchemaV1.Sql),
        new(2, "outbox: holds and reply columns, blocking index", PgSchemaV2.Sql),
    ];

    /// <summary>The newest version this build knows.</summary>
    public static int Latest => Migrations[^1].Version;

    /// <summary>Brings the database up to <see cref="Latest"/>; returns how many migrations it applied.</summary>
    public static int Migrate(NpgsqlDataSource source)
    {
        using var connection = OpenForMigration(source);
        Run(connection, null, "SELECT pg_advisory_lock($1)", MigrationLock);
        try
        {
            Run(connection, null, "CREATE TABLE IF NOT EXISTS aimsbot_schema (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM aimsbot_schema", connection);
            var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            var applied = 0;
            foreach (var migration in Migrations.Where(x => x.Version > current))
            {
                using var transaction = connection.BeginTransaction();
                Run(connection, transaction, migration.Sql);
                Run(connection, transaction, "INSERT INTO aimsbot_schema (version, description) VALUES ($1, $2)", migration.Version, migration.Description);
                transaction.Commit();
                applied++;
            }

            return applied;
        }
        finally
        {
            Run(connection, null, "SELECT pg_advisory_unlock($1)", MigrationLock);
        }
    }

    /// <summary>The version the database is at (0 when it has no schema yet).</summary>
    public static int CurrentVersion(NpgsqlDataSource source)
    {
        using var connection = OpenForMigration(source);
        using var command = new NpgsqlCommand("SELECT CASE WHEN to_regclass('aimsbot_schema') IS NULL THEN 0 ELSE (SELECT coalesce(max(version), 0) FROM aimsbot_schema) END", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static NpgsqlConnection OpenForMigration(NpgsqlDataSource source)
    {
        try
        {
            return source.OpenConnection();
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            throw new StoreUnavailableException("The PostgreSQL database cannot be reached to create or migrate its schema.", ex);
        }
    }

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object[] args)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var arg in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        }

        command.ExecuteNonQuery();
    }
}
