using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>Composition of the Slack edge (off unless a signing secret is configured).</summary>
public static class SlackExtensions
{
    public static WebApplicationBuilder AddSlack(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, SlackRetentionValidator>();

        // Registered always (cheap singletons): the configuration seen here may not yet hold every
        // source (test hosts add theirs later). The endpoints are mapped only when Slack is on.
        services.AddHttpClient(SlackApiClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddRecordStore<SlackFormRecord>(SlackFormStore.Collection);
        services.AddHttpClient(SlackApiClient.ResponseUrlClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<SlackRateLimits>();
        services.AddSingleton<SlackTeamGate>();
        services.AddSingleton<SlackResponseUrls>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackFormStore>();
        services.AddSingleton<SlackPeople>();
        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton<SlackViewSubmissions>();
        services.AddSingleton<SlackInteractions>();
        services.AddSingleton<IReplySender, SlackReplySender>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.Enabled)
        {
            endpoints.MapSlackEndpoints();
        }

        return endpoints;
    }
}
