using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>The host for Slack tests, with room for services a test class adds.</summary>
public sealed class SlackBotFactory : AimsBotFactory
{
    /// <summary>More services a test class needs (set before the host starts).</summary>
    public Action<IServiceCollection>? ExtraServices { get; set; }

    protected override void ConfigureTestServices(IServiceCollection services) => ExtraServices?.Invoke(services);
}
