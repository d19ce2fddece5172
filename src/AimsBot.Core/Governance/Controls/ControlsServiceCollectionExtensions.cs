using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Soa;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Core.Governance.Controls;

/// <summary>Composition of the Annex A controls area: catalogue, stores, services, exports and dialogs.</summary>
public static class ControlsServiceCollectionExtensions
{
    public static IServiceCollection AddControls(this IServiceCollection services)
    {
        // Loaded and validated while the host is composed, so a broken catalogue stops the start.
        services.AddSingleton(CatalogueLoader.LoadEmbedded());
        services.AddSingleton<ControlService>();
        services.AddSingleton<ControlQueries>();
        services.AddSingleton<ControlPicker>();
        services.AddSingleton<ExportPublisher>();
        services.AddSingleton<SoaDocumentFlow>();
        services.AddSingleton<SoaDrafts>();
        services.AddSingleton<ISoaVersionStore, LiteDbSoaVersionStore>();
        services.AddSingleton<ISoaSubmissionStore, LiteDbSoaSubmissionStore>();
        services.AddSingleton<SoaVersions>();
        services.AddSingleton<IApprovalSubject, SoaApprovalSubject>();
        services.AddOptions<AimsOptions>().BindConfiguration(AimsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddOptions<ExportsOptions>().BindConfiguration(ExportsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<InventoryExportBuilder>();

        services.AddSingleton<IDialog, ControlsDialog>();
        services.AddSingleton<IDialog, AssignDialog>();
        services.AddSingleton<IDialog, SoaDialog>();
        services.AddSingleton<IDialog, SoaAnswerDialog>();
        services.AddSingleton<IDialog, GapDialog>();
        services.AddSingleton<IDialog, InventoryExportDialog>();
        services.AddSingleton<IDialog, MappingDialog>();
        return services;
    }
}
