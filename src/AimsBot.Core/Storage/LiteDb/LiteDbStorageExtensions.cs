using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Composition of the LiteDB adapter: the main store and the inbox file, and every port they implement.</summary>
public static class LiteDbStorageExtensions
{
    /// <param name="baseDirectory">What a relative <c>Storage:Path</c> is relative to.</param>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, string baseDirectory)
    {
        services.AddSingleton<IStoreSchema, CoreStoreSchema>();
        services.AddSingleton<IStoreSchema, ControlsStoreSchema>();
        services.AddSingleton<IStoreSchema, ApprovalStoreSchema>();
        services.AddSingleton(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var full = storage.DatabaseFile(baseDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var database = new AimsDatabase(full, provider.GetServices<IStoreSchema>());
            database.Database.CheckpointSize = storage.CheckpointPages;
            return database;
        });
        services.AddSingleton<IUnitOfWork>(provider => provider.GetRequiredService<AimsDatabase>());
        services.AddSingleton(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var full = storage.InboxFile(baseDirectory);
            if (string.Equals(full, storage.DatabaseFile(baseDirectory), StringComparison.Ordinal))
            {
                throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), ["Storage:InboxPath must name a different file from Storage:Path."]);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var inbox = InboxDatabase.Open(full);
            inbox.AdoptFrom(provider.GetRequiredService<AimsDatabase>(), provider.GetRequiredService<IProcessedTurns>());
            return inbox;
        });

        services.AddSingleton(provider => new StoreFileLock(provider.GetRequiredService<IOptions<StorageOptions>>().Value.DatabaseFile(baseDirectory)));
        services.AddSingleton<IStoreBackup>(provider => new LiteDbStoreBackup(
            provider.GetRequiredService<AimsDatabase>(),
            provider.GetRequiredService<InboxDatabase>(),
            provider.GetRequiredService<IOptions<StorageOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            baseDirectory));
        services.AddSingleton<IConversationStore, LiteDbConversationStore>();
        services.AddSingleton<IDialogStateStore, LiteDbDialogStateStore>();
        services.AddSingleton<ICardActionLog, LiteDbCardActionLog>();
        services.AddSingleton<IAuditLog, LiteDbAuditLog>();
        services.AddSingleton<IAiSystemStore, LiteDbAiSystemStore>();
        services.AddSingleton<IControlStore, LiteDbControlStore>();
        services.AddSingleton<IEvidenceStore, LiteDbEvidenceStore>();
        services.AddSingleton<IExportFileStore, LiteDbExportFileStore>();
        services.AddSingleton<IInboxStore, LiteDbInboxStore>();
        services.AddSingleton<IProcessedTurns, LiteDbProcessedTurns>();
        services.AddSingleton<OutboxHandoff>();
        services.AddSingleton<IOutboxStore, LiteDbOutboxStore>();
        services.AddSingleton<IOutbox, LiteDbOutbox>();
        services.AddSingleton<IApprovalStore, LiteDbApprovalStore>();
        return services;
    }
}
