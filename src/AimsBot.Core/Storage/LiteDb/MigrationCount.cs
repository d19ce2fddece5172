namespace AimsBot.Core.Storage.LiteDb;

/// <summary>One collection of a migration: records in LiteDB, inserted by this run, and LiteDB records found in PostgreSQL afterwards.</summary>
public sealed record MigrationCount(string Collection, int Source, int Copied, int Present)
{
    /// <summary>Every LiteDB record is in PostgreSQL.</summary>
    public bool Complete => Present == Source;
}
