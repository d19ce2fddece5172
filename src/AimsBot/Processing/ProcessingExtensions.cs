using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;

namespace AimsBot.Processing;

/// <summary>Composition of the inbox drain and the outbox sender.</summary>
public static class ProcessingExtensions
{
    public static WebApplicationBuilder AddProcessing(this WebApplicationBuilder builder)
    {
        if (StorageServiceCollectionExtensions.ProviderIn(builder.Configuration) == StorageProvider.PostgreSql)
        {
            // Several instances share the inbox: each takes turns as a competing consumer.
            builder.Services.AddSingleton<SharedTurnProcessor>();
            builder.Services.AddHostedService(provider => provider.GetRequiredService<SharedTurnProcessor>());
        }
        else
        {
            builder.Services.AddSingleton<TurnProcessor>();
            builder.Services.AddHostedService(provider => provider.GetRequiredService<TurnProcessor>());
        }

        // IMeterFactory comes with the web host.
        builder.Services.AddSingleton<DeliveryMetrics>();
        builder.Services.AddSingleton<DestinationCircuits>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
