using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Audit;
using AimsBot.Core.Governance.Roadmap;
using AimsBot.Core.Scheduling;
using AimsBot.Core.Storage;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Core.Governance.Audits;

/// <summary>Composition of the audit programme: its store, scope reading, checklist, export, reminders and dialogs.</summary>
public static class AuditsServiceCollectionExtensions
{
    public static IServiceCollection AddAudits(this IServiceCollection services)
    {
        services.AddSingleton<IStoreSchema, AuditProgrammeStoreSchema>();
        services.AddSingleton<IAuditProgrammeStore, LiteDbAuditProgrammeStore>();
        services.AddSingleton<AuditScope>();
        services.AddSingleton<AuditChecklist>();
        services.AddSingleton<AuditExportBuilder>();
        services.AddSingleton<IDueItemSource, AuditDueSource>();
        services.AddSingleton<IDueItemSource, RiskDueSource>();

        services.AddRecordStore<RoadmapRecord>(RoadmapRecord.Collection);
        services.AddSingleton<RoadmapFactsReader>();
        services.AddSingleton<RoadmapProgress>();
        services.AddSingleton<IDialog, RoadmapDialog>();
        services.AddSingleton<IDueItemSource, RoadmapDueSource>();

        services.AddSingleton<FindingForm>();
        services.AddSingleton<IDialog>(provider => provider.GetRequiredService<FindingForm>());
        services.AddSingleton<IDialog, AuditDialog>();
        services.AddSingleton<IDialog, FindingsDialog>();
        return services;
    }
}
