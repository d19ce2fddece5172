using Npgsql;

namespace AimsBot.Tests.Infrastructure;

/// <summary>
/// A throwaway schema on the PostgreSQL server named by <c>AIMSBOT_TEST_POSTGRES</c> (a connection
/// string; <c>.ci/run</c> starts a server and sets it). Each instance is a fresh schema, dropped on
/// dispose. Without the variable, PostgreSQL tests are skipped and say why.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "AIMSBOT_TEST_POSTGRES";

    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..16];

    private PostgresTestDatabase(string server)
    {
        Server = server;
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
            command.ExecuteNonQuery();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = _schema }.ConnectionString;
    }

    /// <summary>The server's connection string, or null when no server is configured.</summary>
    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool Available => ServerConnectionString is not null;

    /// <summary>Why PostgreSQL tests are skipped here.</summary>
    public static string SkipReason => $"PostgreSQL tests skipped: no server configured (set {Variable} to a connection string; .ci/run starts one).";

    public string Server { get; }

    /// <summary>A connection string whose search path is this schema.</summary>
    public string ConnectionString { get; }

    /// <summary>A fresh schema, or the test is skipped (with the reason in the output) when there is no server.</summary>
    public static PostgresTestDatabase CreateOrSkip()
    {
        Assert.SkipUnless(Available, SkipReason);
        return new PostgresTestDatabase(ServerConnectionString!);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
