using AimsBot.Core.Storage;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Core.Storage.PostgreSql;

namespace AimsBot.Storage;

/// <summary>
/// <c>dotnet AimsBot.dll migrate --from &lt;litedb file&gt; --to &lt;connection string&gt;</c>: copies a
/// LiteDB installation into PostgreSQL (see <see cref="PostgreSqlMigration"/>), prints the counts per
/// collection and exits 0 when every record is there, 1 when not, 2 on a usage error.
/// </summary>
public static class MigrateCommand
{
    public const string Usage = "usage: dotnet AimsBot.dll migrate --from <litedb file> --to <PostgreSQL connection string>";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "migrate";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? from = null;
        string? to = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from" when i + 1 < args.Length:
                    from = args[++i];
                    break;
                case "--to" when i + 1 < args.Length:
                    to = args[++i];
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete argument '{args[i]}'.");
                    error.WriteLine(Usage);
                    return 2;
            }
        }

        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var file = Path.GetFullPath(from);
        if (!File.Exists(file))
        {
            error.WriteLine($"No LiteDB file at {file}.");
            return 2;
        }

        if (PgDataSources.Problem(to) is { } problem)
        {
            error.WriteLine("The connection string " + problem);
            return 2;
        }

        try
        {
            return Copy(file, to, output);
        }
        catch (StoreUnavailableException ex)
        {
            error.WriteLine(ex.Message + " " + ex.InnerException?.Message);
            return 1;
        }
        catch (IOException ex)
        {
            error.WriteLine($"The LiteDB file cannot be opened ({ex.Message}); stop the bot that uses it, or copy it, first.");
            return 1;
        }
    }

    private static int Copy(string file, string connectionString, TextWriter output)
    {
        // No schemas: opening the source must not write to it.
        using var source = new AimsDatabase(file, []);
        var inboxFile = new StorageOptions { Path = file }.InboxFile(Path.GetDirectoryName(file)!);
        using var inbox = File.Exists(inboxFile) ? InboxDatabase.Open(inboxFile) : null;
        using var target = PgDatabase.Open(connectionString);
        var counts = new PostgreSqlMigration(source, inbox, target).Run();
        output.WriteLine($"{"collection",-22} {"in LiteDB",10} {"copied now",10} {"in PostgreSQL",14}");
        foreach (var count in counts)
        {
            output.WriteLine($"{count.Collection,-22} {count.Source,10} {count.Copied,10} {count.Present,14}{(count.Complete ? "" : "  MISSING")}");
        }

        var complete = counts.All(x => x.Complete);
        output.WriteLine(complete
            ? "Every record is in PostgreSQL. Running this again copies only what is missing."
            : "Some records are missing in PostgreSQL (see MISSING); run the command again.");
        return complete ? 0 : 1;
    }
}
