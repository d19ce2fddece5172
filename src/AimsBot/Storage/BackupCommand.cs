using AimsBot.Core.Storage;
using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.Storage;

/// <summary>
/// <c>dotnet AimsBot.dll backup &lt;folder&gt;</c>: a consistent copy of the main store and the inbox in
/// the folder (new or empty), read with the host's own settings (<c>Storage:Path</c>,
/// <c>Storage:InboxPath</c>). When a host owns the files (its lock is held), the command asks it for the
/// copy (<see cref="BackupDrop"/>) and waits; otherwise it opens the files itself. Exit codes: 0 done,
/// 1 failed (damaged store, no answer), 2 usage.
/// </summary>
public static class BackupCommand
{
    public const string Usage = "usage: dotnet AimsBot.dll backup <folder> [--wait <seconds>]  (run where the bot runs, with its settings)";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "backup";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var wait = TimeSpan.FromSeconds(120);
        var rest = args.Skip(2).ToList();
        var at = rest.IndexOf("--wait");
        if (at >= 0)
        {
            if (at + 1 >= rest.Count || !int.TryParse(rest[at + 1], System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 3600)
            {
                error.WriteLine("--wait takes a number of seconds from 1 to 3600.");
                error.WriteLine(Usage);
                return 2;
            }

            wait = TimeSpan.FromSeconds(seconds);
            rest.RemoveRange(at, 2);
        }

        var storage = new StorageOptions();
        WebApplication.CreateBuilder([.. rest]).Configuration.GetSection(StorageOptions.SectionName).Bind(storage);
        if (storage.Provider == StorageProvider.PostgreSql)
        {
            error.WriteLine("Storage:Provider is PostgreSql: back the database up with pg_dump (README, \"Backup and restore\").");
            return 2;
        }

        var folder = Path.GetFullPath(args[1]);
        var main = storage.DatabaseFile(Environment.CurrentDirectory);
        if (!File.Exists(main))
        {
            error.WriteLine($"No main store at {main} (from Storage:Path). Run the command where the bot runs, with its settings.");
            return 2;
        }

        using var fileLock = new StoreFileLock(main);
        try
        {
            return fileLock.TryAcquire()
                ? BackupHere(storage, main, folder, output)
                : AskTheHost(fileLock, folder, wait, output, error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StoreDamagedException)
        {
            error.WriteLine("The backup failed: " + ex.Message);
            return 1;
        }
    }

    /// <summary>No host runs: open both files (holding the lock, so none starts meanwhile) and copy them.</summary>
    private static int BackupHere(StorageOptions storage, string main, string folder, TextWriter output)
    {
        using var database = new AimsDatabase(main, []);
        using var inbox = InboxDatabase.Open(storage.InboxFile(Environment.CurrentDirectory));
        var made = new LiteDbStoreBackup(database, inbox, Microsoft.Extensions.Options.Options.Create(storage), TimeProvider.System, Environment.CurrentDirectory).Backup(folder);
        output.WriteLine($"Backed up (no bot was running) to {made.Folder}:");
        output.WriteLine(made.Describe());
        return 0;
    }

    /// <summary>A host owns the files: leave it a request and wait for its answer.</summary>
    private static int AskTheHost(StoreFileLock fileLock, string folder, TimeSpan wait, TextWriter output, TextWriter error)
    {
        Directory.CreateDirectory(fileLock.RequestFolder);
        var id = Path.Combine(fileLock.RequestFolder, Guid.NewGuid().ToString("N"));
        File.WriteAllText(id + ".tmp", folder);
        File.Move(id + ".tmp", id + BackupDrop.RequestExtension);
        output.WriteLine($"A bot is running on {fileLock.MainFile}; asked it for the backup.");
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < wait)
        {
            foreach (var (extension, code) in new[] { (BackupDrop.DoneExtension, 0), (BackupDrop.FailedExtension, 1) })
            {
                if (File.Exists(id + extension))
                {
                    var text = File.ReadAllText(id + extension);
                    File.Delete(id + extension);
                    (code == 0 ? output : error).WriteLine(code == 0 ? $"Backed up to {folder}:\n{text}" : "The backup failed: " + text);
                    return code;
                }
            }

            Thread.Sleep(200);
        }

        File.Delete(id + BackupDrop.RequestExtension);
        error.WriteLine($"The running bot did not answer within {wait.TotalSeconds:0} s (is it a version without this command, or stuck?). Nothing was copied; the request was withdrawn.");
        return 1;
    }
}
