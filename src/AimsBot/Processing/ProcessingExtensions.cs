namespace AimsBot.Processing;

/// <summary>Composition of the inbox drain and the outbox sender.</summary>
public static class ProcessingExtensions
{
    public static WebApplicationBuilder AddProcessing(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
