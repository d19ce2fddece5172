using AimsBot.Core;
using AimsBot.Exports;
using AimsBot.Processing;
using AimsBot.Scheduling;
using AimsBot.Settings;
using AimsBot.Slack;
using AimsBot.Teams;

namespace AimsBot;

/// <summary>Composes the host: core, storage, edges, background processing.</summary>
public static class AimsBotBuilder
{
    public static WebApplicationBuilder AddAimsBot(this WebApplicationBuilder builder)
    {
        // A relative database path is relative to where the bot was started (./data/aimsbot.db).
        builder.Services.AddAimsCore(builder.Configuration, Environment.CurrentDirectory);
        builder.AddProcessing();
        builder.AddTeams();
        builder.AddSlack();
        builder.AddScheduler();
        builder.Services.AddHostedService<StartupWarnings>();
        builder.Services.AddSingleton<Storage.BackupService>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<Storage.BackupService>());
        return builder;
    }

    public static WebApplication MapAimsBot(this WebApplication app)
    {
        app.MapHealth();
        app.MapTeams();
        app.MapSlack();
        app.MapExports();
        return app;
    }
}
