using AimsBot.Core.Delivery;

namespace AimsBot.Processing;

/// <summary>Composition of the inbox drain and the outbox sender.</summary>
public static class ProcessingExtensions
{
    public static WebApplicationBuilder AddProcessing(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TurnProcessor>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<TurnProcessor>());
        builder.Services.AddSingleton<DestinationCircuits>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
