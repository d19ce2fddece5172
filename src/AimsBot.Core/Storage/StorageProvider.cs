namespace AimsBot.Core.Storage;

/// <summary>Which engine keeps the data (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>Embedded LiteDB files: one process, nothing to install (the default).</summary>
    LiteDb = 0,

    /// <summary>A shared PostgreSQL database (<c>ConnectionStrings:AimsBot</c>): several instances may run on it.</summary>
    PostgreSql = 1,
}
