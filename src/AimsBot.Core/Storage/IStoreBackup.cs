namespace AimsBot.Core.Storage;

/// <summary>
/// Makes a consistent copy of the bot's store while it runs (the main store and the inbox as of one
/// moment). Call outside any transaction: the copy waits for open transactions and pauses writers for
/// as long as it takes to copy.
/// </summary>
public interface IStoreBackup
{
    /// <summary>False when the store is backed up by its own tools (PostgreSQL: <c>pg_dump</c>).</summary>
    bool Supported { get; }

    /// <summary>Copies the store into <paramref name="folder"/>, which must be empty or not exist yet.</summary>
    StoreBackup Backup(string folder);

    /// <summary>Copies the store into a new, time-stamped folder under <c>Storage:BackupPath</c>.</summary>
    StoreBackup BackupToNewFolder();
}
