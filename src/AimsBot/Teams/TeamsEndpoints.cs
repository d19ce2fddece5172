using System.Text.Json;
using AimsBot.Core.Delivery;
using AimsBot.Settings;
using AimsBot.Teams.Activities;
using AimsBot.Teams.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AimsBot.Teams;

/// <summary>
/// <c>POST /api/messages</c>: size limit (413), parse (400), Bot Framework token (401), allowed tenant (403), then invoke
/// on the synchronous path or hand the turn to the inbox and answer 200 after the durable commit.
/// </summary>
public static partial class TeamsEndpoints
{
    private const string LoggerName = "AimsBot.Teams.TeamsEndpoints";

    public static RouteGroupBuilder MapTeamsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api");
        group.MapPost("/messages", PostActivityAsync).DisableAntiforgery();
        return group;
    }

    public static async Task<Results<Ok, Ok<TeamsInvokeResponse>, UnauthorizedHttpResult, ProblemHttpResult, StatusCodeHttpResult>> PostActivityAsync(
        HttpRequest request,
        BotFrameworkTokenValidator validator,
        TeamsTenantGate tenants,
        IInboxWriter inbox,
        TeamsCardActionInvoke cardActions,
        TimeProvider time,
        IOptions<TeamsOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: "The activity is too large.");
        }

        TeamsActivity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<TeamsActivity>(body, TeamsJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (string.IsNullOrEmpty(activity?.Type))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The body is not an activity with a type.");
        }

        var auth = await validator.ValidateAsync(request.Headers.Authorization.ToString(), activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (!auth.Succeeded)
        {
            return TypedResults.Unauthorized();
        }

        if (tenants.Refusal(activity, request.HttpContext.Connection.RemoteIpAddress) is { } refusal)
        {
            Log.TenantRefused(loggers.CreateLogger(LoggerName), refusal);
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "This bot does not serve this tenant.");
        }

        if (activity.Type == "invoke")
        {
            if (activity.Name != TeamsCardActionInvoke.Name)
            {
                var logger = loggers.CreateLogger(LoggerName);
                Log.InvokeNotImplemented(logger, activity.Name);
                return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
            }

            var problem = TeamsCardActionInvoke.Problem(activity, out var action) ?? TeamsTurnMapper.Problem(activity);
            return problem is not null
                ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: problem)
                : TypedResults.Ok(await cardActions.RunAsync(activity, action, cancellationToken));
        }

        if (activity.Type is "message" or "conversationUpdate" or "installationUpdate" && TeamsTurnMapper.Problem(activity) is { } invalid)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: invalid);
        }

        var turn = TeamsTurnMapper.ToTurn(activity, time.GetUtcNow());
        if (turn is null)
        {
            var logger = loggers.CreateLogger(LoggerName);
            Log.Ignored(logger, activity.Type);
            return TypedResults.Ok();
        }

        await inbox.AcceptAsync(turn, cancellationToken);
        return TypedResults.Ok();
    }

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (request.ContentLength is { } length)
        {
            // The usual case: the server frames the body to the declared length, so read it into one
            // array (a client that stops early leaves a truncated body, which fails the JSON parse).
            var exact = new byte[length];
            var filled = await request.Body.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, cancellationToken);
            return filled < exact.Length ? exact[..filled] : exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 530, Level = LogLevel.Debug, Message = "Ignored a Teams {ActivityType} activity")]
        public static partial void Ignored(ILogger logger, string activityType);

        [LoggerMessage(EventId = 531, Level = LogLevel.Information, Message = "No handler for the Teams invoke {InvokeName}: 501")]
        public static partial void InvokeNotImplemented(ILogger logger, string? invokeName);

        [LoggerMessage(EventId = 532, Level = LogLevel.Warning, Message = "Teams request refused with 403: {Reason}")]
        public static partial void TenantRefused(ILogger logger, string reason);
    }
}
