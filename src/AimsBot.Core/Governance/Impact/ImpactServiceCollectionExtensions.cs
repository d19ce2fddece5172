using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Impact;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Core.Governance.Impact;

/// <summary>Composition of the impact assessment area: store, rules, service, review subject, export and dialogs.</summary>
public static class ImpactServiceCollectionExtensions
{
    public static IServiceCollection AddImpact(this IServiceCollection services)
    {
        services.AddSingleton<IStoreSchema, ImpactStoreSchema>();
        services.AddSingleton<IImpactStore, LiteDbImpactStore>();
        services.AddSingleton<ImpactChecks>();
        services.AddSingleton<ImpactService>();
        services.AddSingleton<ImpactExportBuilder>();
        services.AddSingleton<ImpactCardsFactory>();
        services.AddSingleton<IClauseWork, ImpactProcedureInUse>();
        services.AddSingleton<IApprovalSubject, ImpactReviewSubject>();
        services.AddSingleton<ImpactForm>();
        services.AddSingleton<IDialog>(provider => provider.GetRequiredService<ImpactForm>());
        services.AddSingleton<IDialog, ImpactDialog>();
        return services;
    }
}
