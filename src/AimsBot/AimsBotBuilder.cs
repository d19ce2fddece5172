using AimsBot.Exports;
using AimsBot.Processing;
using AimsBot.Slack;
using AimsBot.Teams;
using AimsBot.Core;

namespace AimsBot;

/// <summary>Composes the host: core, storage, edges, background processing.</summary>
public static class AimsBotBuilder
{
    public static WebApplicationBuilder AddAimsBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddAimsCore(builder.Configuration, builder.Environment.ContentRootPath);
        builder.AddProcessing();
        builder.AddTeams();
        builder.AddSlack();
        return builder;
    }

    public static WebApplication MapAimsBot(this WebApplication app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        app.MapTeams();
        app.MapSlack();
        app.MapExports();
        return app;
    }
}
