using AimsBot.Core.Cards;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Dialogs;
using AimsBot.Core.Dialogs.Approval;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Dialogs.Registration;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Governance.Roles;
using AimsBot.Core.Scheduling;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AimsBot.Core;

/// <summary>Composition of the platform-neutral core: options, store, dialogs, engine, cards.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <param name="baseDirectory">What a relative <c>Storage:Path</c> is relative to (the working directory for the host).</param>
    public static IServiceCollection AddAimsCore(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<CardsOptions>().BindConfiguration(CardsOptions.SectionName);

        services.AddStorage(baseDirectory);
        services.AddSingleton<ICardTemplates, FileCardTemplates>();
        services.AddRoles();
        services.AddSingleton<ConversationEngine>();
        services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApprovalFlow>();
        services.AddSingleton<IApprovalSubject, SystemApprovalSubject>();
        services.AddOptions<InventoryOptions>().BindConfiguration(InventoryOptions.SectionName)
            .PostConfigure(o => { if (o.Classifications.Count == 0) { o.Classifications.AddRange(InventoryOptions.DefaultClassifications); } })
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<SystemEditor>();
        services.AddSingleton<IDialog, FormResume>();
        services.AddSingleton<IDialog, HelpDialog>();
        services.AddSingleton<IDialog, RegisterDialog>();
        services.AddSingleton<IDialog, ApprovalDialog>();
        services.AddSingleton<IDialog, SystemsDialog>();
        services.AddSingleton<IDialog, HomeDialog>();
        services.AddSingleton<IDialog, Dialogs.Delivery.OutboxDialog>();
        services.AddSingleton<IDialog, Dialogs.Delivery.BackupDialog>();
        services.AddSingleton<Storage.BackupRequests>();
        services.AddControls();
        services.AddScheduling();
        services.AddRisks();
        services.AddAudits();
        services.AddImpact();

        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PacingOptions>().BindConfiguration(PacingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PacingOptions>, PacingOptionsValidator>();
        services.AddSingleton<OutboxPacer>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<GivenUpTurns>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<IInboxWriter>(provider => provider.GetRequiredService<InboxWriter>());
        services.AddSingleton<InboxLinkStatus>();
        services.AddSingleton<InboxLinker>();
        services.AddSingleton(provider => new InboxCursor(provider.GetRequiredService<InboxLinker>().Link()));
        services.AddSingleton<TurnHandler>();
        services.AddSingleton<InboxTurnRunner>();
        services.AddSingleton<ITurnRunner, TurnRunner>();
        services.UseConfiguredStore(configuration);
        return services;
    }
}
