using AimsBot.Core.Delivery;
using AimsBot.Settings;
using AimsBot.Teams.Auth;
using AimsBot.Teams.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.Protocols;

namespace AimsBot.Teams;

/// <summary>Composition of the Teams (Bot Framework) edge.</summary>
public static class TeamsExtensions
{
    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // The Bot Framework names live at the top level (MicrosoftAppId, ...), as env vars and Azure set them.
        services.AddOptions<BotOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure<IHostEnvironment>((options, environment) => options.AllowEmulator ??= environment.IsDevelopment());
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddSingleton<IValidateOptions<BotOptions>, NoAuthListenValidator>();
        services.AddSingleton<TeamsTenantGate>();

        services.AddHttpClient(nameof(IDocumentRetriever));
        services.TryAddSingleton<IDocumentRetriever>(provider =>
            new HttpDocumentRetriever(provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(IDocumentRetriever))) { RequireHttps = true });
        services.AddSingleton<BotFrameworkTokenValidator>();
        services.AddSingleton<TeamsCardActionInvoke>();

        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddSingleton<ServiceUrlPolicy>();
        // The sender (and so this client) lives as long as the outbox dispatcher: pooled connections
        // are recycled by the handler instead of the factory rotating handlers.
        services.AddHttpClient<TeamsConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<IReplySender, TeamsReplySender>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTeamsEndpoints();
        return endpoints;
    }
}
