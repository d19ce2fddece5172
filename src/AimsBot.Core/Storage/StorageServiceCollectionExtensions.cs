using AimsBot.Core.Storage.LiteDb;
using AimsBot.Core.Storage.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Storage;

/// <summary>Chooses the store engine (<c>Storage:Provider</c>) and registers the ports of the chosen adapter.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The options, validated at start; the LiteDB adapter's ports (the default).</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, string baseDirectory)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName) ?? "")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddLiteDbStorage(baseDirectory);
        return services;
    }

    /// <summary>
    /// Replaces the LiteDB ports with the PostgreSQL ones when <c>Storage:Provider</c> says so. Call
    /// after every feature has registered its stores.
    /// </summary>
    public static IServiceCollection UseConfiguredStore(this IServiceCollection services, IConfiguration configuration)
    {
        if (ProviderIn(configuration) == StorageProvider.PostgreSql)
        {
            services.AddPostgreSqlStorage();
        }

        return services;
    }

    /// <summary>The provider named in configuration (LiteDb when unset; an unknown name fails validation at start).</summary>
    public static StorageProvider ProviderIn(IConfiguration configuration) =>
        Enum.TryParse<StorageProvider>(configuration[StorageOptions.SectionName + ":" + nameof(StorageOptions.Provider)], ignoreCase: true, out var provider) ? provider : StorageProvider.LiteDb;

    /// <summary>Registers an <see cref="IRecordStore{T}"/> kept in its own collection, in whichever store is configured.</summary>
    public static IServiceCollection AddRecordStore<T>(this IServiceCollection services, string collection)
        where T : class, IStoredRecord
    {
        services.AddSingleton<IStoreSchema>(new RecordStoreSchema<T>(collection));
        services.AddSingleton<IRecordStore<T>>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.PostgreSql
                ? new PgRecordStore<T>(provider.GetRequiredService<PgDatabase>(), collection)
                : new LiteDbRecordStore<T>(provider.GetRequiredService<AimsDatabase>(), collection));
        return services;
    }
}
