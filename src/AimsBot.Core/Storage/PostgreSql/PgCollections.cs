using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>The document collections in PostgreSQL: the same names as the LiteDB collections, so a migration maps one to one.</summary>
public static class PgCollections
{
    public const string AiSystems = CollectionNames.AiSystems;
    public const string DialogState = CollectionNames.DialogState;
    public const string Conversations = CollectionNames.Conversations;
    public const string Users = CollectionNames.Users;
    public const string Audit = CollectionNames.Audit;
    public const string CardActions = CollectionNames.CardActions;
    public const string Controls = ControlCollections.Controls;
    public const string Evidence = ControlCollections.Evidence;
    public const string ExportFiles = ControlCollections.ExportFiles;
    public const string Risks = RiskCollections.Risks;
    public const string Ledger = SchedulingCollections.Ledger;
    public const string UserSettings = SchedulingCollections.UserSettings;
    public const string Unreachable = SchedulingCollections.Unreachable;
    public const string Attestations = SchedulingCollections.Attestations;
    public const string Approvals = LiteDbApprovalStore.CollectionName;
    public const string Roles = LiteDbRoleStore.Collection;
    public const string SoaSubmissions = LiteDbSoaSubmissionStore.Collection;
    public const string SoaVersions = LiteDbSoaVersionStore.Collection;

    /// <summary>Hands out the next value of a named counter inside the current transaction (the row lock orders concurrent callers).</summary>
    public static long NextCounter(PgDatabase database, string name) =>
        database.Scalar<long>("INSERT INTO counters (id, value) VALUES ($1, 1) ON CONFLICT (id) DO UPDATE SET value = counters.value + 1 RETURNING value", name);
}
