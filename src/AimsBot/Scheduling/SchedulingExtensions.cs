using AimsBot.Slack;
using AimsBot.Teams.Outbound;

namespace AimsBot.Scheduling;

/// <summary>Composition of the scheduler's timer and the platforms' first-contact openers.</summary>
public static class SchedulingExtensions
{
    public static WebApplicationBuilder AddScheduler(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IConversationOpener, TeamsConversationOpener>();
        builder.Services.AddSingleton<IConversationOpener, SlackConversationOpener>();
        builder.Services.AddSingleton<SchedulerService>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<SchedulerService>());
        return builder;
    }
}
