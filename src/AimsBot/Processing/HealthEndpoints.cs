using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AimsBot.Processing;

/// <summary>
/// <c>GET /healthz</c>: the host is up and both stores can be read (200 with the queue depths), or
/// 503 when either cannot (a load balancer then stops sending requests this instance cannot keep).
/// </summary>
public static partial class HealthEndpoints
{
    private const string LoggerName = "AimsBot.Processing.HealthEndpoints";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", GetHealth);
        return endpoints;
    }

    public static Results<Ok<QueueHealth>, JsonHttpResult<QueueHealth>> GetHealth(IInboxStore inbox, InboxCursor cursor, IOutboxStore outbox, GivenUpTurns givenUp, InboxLinkStatus link, IOptions<StorageOptions> storage, ILoggerFactory loggers)
    {
        try
        {
            var status = link.Notice is null ? "ok" : "warning";
            var store = storage.Value.Provider.ToString();
            return TypedResults.Ok(new QueueHealth(status, inbox.CountAfter(cursor.Position), outbox.Count(OutboxState.Pending), outbox.Count(OutboxState.Dead), givenUp.Count, store, link.Notice));
        }
        catch (Exception ex) when (ex is StoreUnavailableException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            var logger = loggers.CreateLogger(LoggerName);
            Log.StoreUnavailable(logger, ex);
            return TypedResults.Json(new QueueHealth("unavailable", -1, -1, -1, Store: storage.Value.Provider.ToString()), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 320, Level = LogLevel.Error, Message = "Health check: a store cannot be read")]
        public static partial void StoreUnavailable(ILogger logger, Exception exception);
    }
}
