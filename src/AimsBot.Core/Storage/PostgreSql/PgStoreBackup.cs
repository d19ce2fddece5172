namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>A shared PostgreSQL database is backed up with its own tools (<c>pg_dump</c>, or the server's base backups), not by the bot.</summary>
public sealed class PgStoreBackup : IStoreBackup
{
    public const string Advice = "The bot's data is in PostgreSQL: back it up with pg_dump (or your server's base backups and WAL archive); see README, \"Backup and restore\".";

    public bool Supported => false;

    public StoreBackup Backup(string folder) => throw new NotSupportedException(Advice);

    public StoreBackup BackupToNewFolder() => throw new NotSupportedException(Advice);
}
