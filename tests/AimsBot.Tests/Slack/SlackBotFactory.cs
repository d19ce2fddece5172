using AimsBot.Core.Cards;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AimsBot.Tests.Slack;

/// <summary>The host for Slack tests: cards bound as the reference engine binds them (see <see cref="ReferenceBoundCardTemplates"/>).</summary>
public sealed class SlackBotFactory : AimsBotFactory
{
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<ICardTemplates>();
        services.AddSingleton<FileCardTemplates>();
        services.AddSingleton<ICardTemplates>(provider => new ReferenceBoundCardTemplates(provider.GetRequiredService<FileCardTemplates>()));
    }
}
