using AimsBot.Core.Cards;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AimsBot.Tests.Slack;

/// <summary>The host for Slack tests: cards bound as the reference engine binds them (see <see cref="ReferenceBoundCardTemplates"/>).</summary>
public sealed class SlackBotFactory : AimsBotFactory
{
    /// <summary>More services a test class needs (set before the host starts).</summary>
    public Action<IServiceCollection>? ExtraServices { get; set; }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        ExtraServices?.Invoke(services);
        services.RemoveAll<ICardTemplates>();
        services.AddSingleton<FileCardTemplates>();
        services.AddSingleton<ICardTemplates>(provider => new ReferenceBoundCardTemplates(provider.GetRequiredService<FileCardTemplates>()));
    }
}
