using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Governance.Roles;
using AimsBot.Core.Governance.Soa;
using AimsBot.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// Composition of the PostgreSQL adapter: the shared database (schema migrated when it is first
/// used, at start) and every storage port over it, in place of the LiteDB ones.
/// </summary>
public static class PostgreSqlStorageExtensions
{
    public static IServiceCollection AddPostgreSqlStorage(this IServiceCollection services)
    {
        services.AddSingleton(provider => PgDatabase.Open(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.Replace(ServiceDescriptor.Singleton<IUnitOfWork>(provider => provider.GetRequiredService<PgDatabase>()));
        services.Replace(ServiceDescriptor.Singleton<IStoreBackup, PgStoreBackup>());
        services.Replace(ServiceDescriptor.Singleton<IConversationStore, PgConversationStore>());
        services.Replace(ServiceDescriptor.Singleton<IDialogStateStore, PgDialogStateStore>());
        services.Replace(ServiceDescriptor.Singleton<ICardActionLog, PgCardActionLog>());
        services.Replace(ServiceDescriptor.Singleton<IAuditLog, PgAuditLog>());
        services.Replace(ServiceDescriptor.Singleton<IAiSystemStore, PgAiSystemStore>());
        services.Replace(ServiceDescriptor.Singleton<IControlStore, PgControlStore>());
        services.Replace(ServiceDescriptor.Singleton<IEvidenceStore, PgEvidenceStore>());
        services.Replace(ServiceDescriptor.Singleton<IExportFileStore, PgExportFileStore>());
        services.AddSingleton<PgInboxStore>();
        services.Replace(ServiceDescriptor.Singleton<IInboxStore>(provider => provider.GetRequiredService<PgInboxStore>()));
        services.AddSingleton<ICompetingInbox>(provider => provider.GetRequiredService<PgInboxStore>());
        services.Replace(ServiceDescriptor.Singleton<IProcessedTurns, PgProcessedTurns>());
        services.Replace(ServiceDescriptor.Singleton<IOutboxStore, PgOutboxStore>());
        services.Replace(ServiceDescriptor.Singleton<IOutbox, PgOutbox>());
        services.Replace(ServiceDescriptor.Singleton<IApprovalStore, PgApprovalStore>());
        services.Replace(ServiceDescriptor.Singleton<IScheduleLedger, PgScheduleLedger>());
        services.Replace(ServiceDescriptor.Singleton<IUserSettingsStore, PgUserSettingsStore>());
        services.Replace(ServiceDescriptor.Singleton<IReachStore, PgReachStore>());
        services.Replace(ServiceDescriptor.Singleton<IAttestationStore, PgAttestationStore>());
        services.Replace(ServiceDescriptor.Singleton<IRoleStore, PgRoleStore>());
        services.Replace(ServiceDescriptor.Singleton<IRiskStore, PgRiskStore>());
        services.Replace(ServiceDescriptor.Singleton<ISoaVersionStore, PgSoaVersionStore>());
        services.Replace(ServiceDescriptor.Singleton<ISoaSubmissionStore, PgSoaSubmissionStore>());
        services.Replace(ServiceDescriptor.Singleton<IAuditProgrammeStore, PgAuditProgrammeStore>());
        services.Replace(ServiceDescriptor.Singleton<IImpactStore, PgImpactStore>());
        return services;
    }
}
