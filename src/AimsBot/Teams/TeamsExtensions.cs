namespace AimsBot.Teams;

/// <summary>Composition of the Teams (Bot Framework) edge.</summary>
public static class TeamsExtensions
{
    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        return builder;
    }

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
