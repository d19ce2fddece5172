using AimsBot.Slack;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>The host for Slack tests, with room for services a test class adds.</summary>
public sealed class SlackBotFactory : AimsBotFactory
{
    /// <summary>More services a test class needs (set before the host starts).</summary>
    public Action<IServiceCollection>? ExtraServices { get; set; }

    /// <summary>Where posts to Slack's response URLs go instead (the fake's <c>/hooks/</c>).</summary>
    public Uri? HooksBaseUrl { get; set; }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        if (HooksBaseUrl is { } hooks)
        {
            services.AddHttpClient(SlackApiClient.ResponseUrlClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new RedirectHooksHandler(hooks) { InnerHandler = new SocketsHttpHandler() });
        }

        ExtraServices?.Invoke(services);
    }
}
