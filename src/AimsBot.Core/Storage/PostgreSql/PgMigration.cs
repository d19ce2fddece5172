namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>One step of the schema: applied once, in version order, in its own transaction.</summary>
public sealed record PgMigration(int Version, string Description, string Sql);
