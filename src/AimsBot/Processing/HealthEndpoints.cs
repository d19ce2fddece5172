using AimsBot.Core.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AimsBot.Processing;

/// <summary><c>GET /healthz</c>: the host is up and the queues can be read, with their depths.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", GetHealth);
        return endpoints;
    }

    public static Ok<QueueHealth> GetHealth(InboxStore inbox, InboxCursor cursor, OutboxStore outbox) =>
        TypedResults.Ok(new QueueHealth("ok", inbox.CountAfter(cursor.Position), outbox.Count(OutboxState.Pending), outbox.Count(OutboxState.Dead)));
}
