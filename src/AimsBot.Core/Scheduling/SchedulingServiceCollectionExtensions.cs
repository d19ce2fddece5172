using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Attestation;
using AimsBot.Core.Dialogs.Digest;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Dialogs.Scheduling;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Scheduling;

/// <summary>Composition of the planner, its stores and sources, and the dialogs that handle scheduled work.</summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RemindersOptions>, RemindersOptionsValidator>();
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();

        services.AddSingleton<IStoreSchema, SchedulingStoreSchema>();
        services.AddSingleton<IScheduleLedger, LiteDbScheduleLedger>();
        services.AddSingleton<IUserSettingsStore, LiteDbUserSettingsStore>();
        services.AddSingleton<IReachStore, LiteDbReachStore>();
        services.AddSingleton<PeopleClock>();
        services.AddSingleton<IDueItemSource, ControlDueSource>();
        services.AddOptions<AttestationOptions>().BindConfiguration(AttestationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AttestationOptions>, AttestationOptionsValidator>();
        services.AddSingleton<IAttestationStore, LiteDbAttestationStore>();
        services.AddSingleton<AttestationSchedule>();
        services.AddSingleton<IDueItemSource, AttestationDueSource>();
        services.AddSingleton<SchedulePlanner>();
        services.AddSingleton<DigestAuditsAndRisks>();
        services.AddSingleton<DigestContent>();

        services.AddSingleton<IDialog, DueDialog>();
        services.AddSingleton<IDialog, SettingsDialog>();
        services.AddSingleton<IDialog, DigestDialog>();
        services.AddSingleton<IDialog, AttestDialog>();
        services.AddSingleton<IDialog, AttestationSnoozeDialog>();
        services.AddSingleton<IDialog, DelegateDialog>();
        return services;
    }
}
