using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Risk;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Risks;

/// <summary>Composition of the risk area: the method (validated at start), the register, its services, export and dialogs.</summary>
public static class RisksServiceCollectionExtensions
{
    public static IServiceCollection AddRisks(this IServiceCollection services)
    {
        services.AddOptions<RiskOptions>().BindConfiguration(RiskOptions.SectionName).PostConfigure(RiskMethodDefaults.Apply).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RiskOptions>, RiskOptionsValidator>();
        services.AddSingleton<RiskMethod>();

        services.AddSingleton<IStoreSchema, RiskStoreSchema>();
        services.AddSingleton<IRiskStore, LiteDbRiskStore>();
        services.AddSingleton<RiskChecks>();
        services.AddSingleton<RiskService>();
        services.AddSingleton<RiskEditor>();
        services.AddSingleton<RiskExportBuilder>();
        services.AddSingleton<ITreatmentLinks, RiskTreatmentLinks>();
        services.AddSingleton<IClauseWork, RiskMethodInUse>();
        services.AddSingleton<IClauseWork, ProductionSystemsAssessed>();

        services.AddSingleton<IApprovalSubject, RiskAcceptanceSubject>();
        services.AddSingleton<RiskForm>();
        services.AddSingleton<TreatmentForm>();
        services.AddSingleton<IDialog>(provider => provider.GetRequiredService<RiskForm>());
        services.AddSingleton<IDialog>(provider => provider.GetRequiredService<TreatmentForm>());
        services.AddSingleton<IDialog, RiskDialog>();
        services.AddSingleton<IDialog, RisksDialog>();
        services.AddSingleton<IDialog, HeatmapDialog>();
        return services;
    }
}
