using System.ComponentModel.DataAnnotations;

namespace AimsBot.Core.Storage;

/// <summary>
/// Which store engine the bot uses and where its data lives: the embedded LiteDB files (the main
/// store and the inbox) or a shared PostgreSQL database.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The name of the connection string (<c>ConnectionStrings:AimsBot</c>).</summary>
    public const string ConnectionStringName = "AimsBot";

    /// <summary><see cref="StorageProvider.LiteDb"/> (default) or <see cref="StorageProvider.PostgreSql"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>
    /// The PostgreSQL connection string, bound from <c>ConnectionStrings:AimsBot</c> (not from this
    /// section); required when <see cref="Provider"/> is <see cref="StorageProvider.PostgreSql"/>.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Path of the LiteDB file; a relative path is relative to the directory the bot was started in.</summary>
    [Required]
    [MinLength(1)]
    public string Path { get; set; } = "data/aimsbot.db";

    /// <summary>
    /// Path of the inbox's own LiteDB file (turns accepted but not yet processed). Empty: beside
    /// <see cref="Path"/>, named after it (<c>data/aimsbot.inbox.db</c> by default).
    /// </summary>
    public string InboxPath { get; set; } = "";

    /// <summary>
    /// Log pages LiteDB collects before it copies them into the data file (a checkpoint pauses
    /// writers). Larger means rarer pauses and a larger <c>-log</c> file; LiteDB's default is 1,000.
    /// </summary>
    [Range(100, 1_000_000)]
    public int CheckpointPages { get; set; } = 1000;

    /// <summary>
    /// Where the admin command <c>backup</c> puts its copies (one time-stamped folder each); a relative
    /// path is relative to the directory the bot was started in.
    /// </summary>
    [Required]
    [MinLength(1)]
    public string BackupPath { get; set; } = "data/backups";

    /// <summary>The full path of <see cref="BackupPath"/>.</summary>
    public string BackupFolder(string baseDirectory) => System.IO.Path.GetFullPath(BackupPath, baseDirectory);

    /// <summary>The main store's full path; a relative <see cref="Path"/> is taken from <paramref name="baseDirectory"/>.</summary>
    public string DatabaseFile(string baseDirectory) => System.IO.Path.GetFullPath(Path, baseDirectory);

    /// <summary>The inbox file's full path (see <see cref="InboxPath"/>).</summary>
    public string InboxFile(string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(InboxPath))
        {
            return System.IO.Path.GetFullPath(InboxPath, baseDirectory);
        }

        var main = DatabaseFile(baseDirectory);
        return System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(main)!,
            System.IO.Path.GetFileNameWithoutExtension(main) + ".inbox" + System.IO.Path.GetExtension(main));
    }
}
