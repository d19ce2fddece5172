namespace AimsBot.Slack;

/// <summary>Composition of the Slack edge (off unless a signing secret is configured).</summary>
public static class SlackExtensions
{
    public static WebApplicationBuilder AddSlack(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
