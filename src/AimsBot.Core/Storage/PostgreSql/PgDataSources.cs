using Npgsql;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>Connection strings and data sources for the PostgreSQL adapter.</summary>
public static class PgDataSources
{
    /// <summary>What is wrong with <paramref name="connectionString"/> (a phrase to follow the setting's name), or null when it can be used.</summary>
    public static string? Problem(string connectionString)
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(parsed.Host) ? "must name a Host (for example Host=db.example.org;Database=aimsbot;Username=aimsbot)." : null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            return "is not a valid PostgreSQL connection string: " + ex.Message;
        }
    }

    /// <summary>
    /// A pooled data source for <paramref name="connectionString"/>, named after the bot in the server's
    /// activity view. Statements are prepared automatically once used twice (unless the connection string
    /// sets Max Auto Prepare itself): the store sends the same few statements over and over, and a prepared one skips
    /// the server's parsing and planning.
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "AimsBot";
        }

        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 128;
            builder.AutoPrepareMinUsages = 2;

            // No session state survives a statement or transaction (locks are per transaction; the
            // schema lock is released explicitly), so a pooled connection needs no reset on return.
            builder.NoResetOnClose = true;
        }

        return NpgsqlDataSource.Create(builder.ConnectionString);
    }
}
