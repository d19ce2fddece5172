using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Delivery;
using Microsoft.AspNetCore.WebUtilities;

namespace AimsBot.Slack;

/// <summary>
/// <c>POST /api/slack/events</c>, <c>/commands</c>, <c>/interactions</c>: check the signature over the raw
/// body, refuse other workspaces (403), map to a turn, hand it to the inbox and acknowledge at once
/// (PROTOCOLS.md B1-B4).
/// </summary>
public static class SlackEndpoints
{
    public static RouteGroupBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/slack");
        group.MapPost("/events", EventsAsync);
        group.MapPost("/commands", CommandsAsync);
        group.MapPost("/interactions", InteractionsAsync);
        return group;
    }

    public static async Task<IResult> EventsAsync(HttpRequest request, SlackRequestReader reader, SlackTeamGate gate, IInboxWriter inbox, SlackPeople people, TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, failure) = await reader.ReadAsync(request, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (ParseJson(body!) is not { } envelope)
        {
            return TypedResults.BadRequest("The body is not a JSON object.");
        }

        switch (SlackTurns.Str(envelope["type"]))
        {
            case "url_verification":
                var challenge = SlackTurns.Str(envelope["challenge"]);
                return challenge.Length == 0 ? TypedResults.BadRequest("url_verification without a challenge.") : TypedResults.Text(challenge, "text/plain");
            case "event_callback":
                if (await gate.CheckAsync(SlackOrigin.FromEvent(envelope), request.HttpContext.Response, cancellationToken) is { } refused)
                {
                    return refused;
                }

                var turn = SlackTurns.FromEvent(envelope, time.GetUtcNow());
                if (turn is null)
                {
                    return TypedResults.Ok();
                }

                var (user, timeZone) = await people.DescribeAsync(turn.User, cancellationToken);
                if (!turn.Conversation.IsPersonal)
                {
                    people.EnsureReachable(user);
                }

                await inbox.AcceptAsync(turn with { User = user, TimeZone = timeZone }, cancellationToken);
                return TypedResults.Ok();
            case "app_rate_limited":
                return TypedResults.Ok();
            default:
                return TypedResults.BadRequest("Unknown event envelope type.");
        }
    }

    public static async Task<IResult> CommandsAsync(
        HttpRequest request,
        SlackRequestReader reader,
        SlackTeamGate gate,
        SlackResponseUrls responseUrls,
        IInboxWriter inbox,
        SlackPeople people,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (body, failure) = await reader.ReadAsync(request, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var form = ParseForm(body!);
        if (form.GetValueOrDefault("ssl_check") == "1")
        {
            return TypedResults.Ok();
        }

        var turn = SlackTurns.FromCommand(form, time.GetUtcNow());
        if (turn is null)
        {
            return TypedResults.BadRequest("A slash command needs team_id, user_id, channel_id and trigger_id.");
        }

        if (await gate.CheckAsync(SlackOrigin.FromCommand(form), request.HttpContext.Response, cancellationToken) is { } refused)
        {
            return refused;
        }

        // Where the bot cannot post (a direct message between two people, a channel it is not in),
        // the replies to this command go back through its response_url.
        responseUrls.Remember(InboxWriter.DeliveryKey(turn), form.GetValueOrDefault("response_url"));

        var (user, timeZone) = await people.DescribeAsync(turn.User, cancellationToken);
        people.EnsureReachable(user);
        await inbox.AcceptAsync(turn with { User = user, TimeZone = timeZone }, cancellationToken);

        // An empty 200 within Slack's 3 s; the replies follow through the Web API.
        return TypedResults.Ok();
    }

    public static async Task<IResult> InteractionsAsync(HttpRequest request, SlackRequestReader reader, SlackTeamGate gate, SlackInteractions interactions, CancellationToken cancellationToken)
    {
        var (body, failure) = await reader.ReadAsync(request, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var form = ParseForm(body!);
        if (!form.TryGetValue("payload", out var json) || ParseJson(Encoding.UTF8.GetBytes(json)) is not { } payload)
        {
            return TypedResults.BadRequest("Expected a form field 'payload' holding a JSON object.");
        }

        if (SlackTurns.Str(payload["type"]) != "view_closed"
            && await gate.CheckAsync(SlackOrigin.FromInteraction(payload), request.HttpContext.Response, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await interactions.HandleAsync(payload, cancellationToken);
    }

    private static JsonObject? ParseJson(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> ParseForm(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
}
