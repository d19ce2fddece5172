using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Cards.BlockKit;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>
/// Interactivity payloads: buttons (<c>block_actions</c>) become inbox turns, except "Open form",
/// which opens the modal at once while the <c>trigger_id</c> is valid; a <c>view_submission</c> runs
/// on the synchronous path within a budget so field errors and the next step answer in the response.
/// </summary>
public sealed partial class SlackInteractions(
    IInboxWriter inbox,
    SlackFormStore forms,
    SlackApiClient api,
    SlackPeople people,
    SlackViewSubmissions submissions,
    SlackResponseUrls responseUrls,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackInteractions> logger)
{
    public async Task<IResult> HandleAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var team = SlackTurns.Str(SlackTurns.At(payload, "team", "id"));
        team = team.Length > 0 ? team : SlackTurns.Str(SlackTurns.At(payload, "user", "team_id"));
        var userId = SlackTurns.Str(SlackTurns.At(payload, "user", "id"));
        var type = SlackTurns.Str(payload["type"]);
        if (type == "view_closed")
        {
            return TypedResults.Ok();
        }

        if (!SlackTurns.IsId(team) || !SlackTurns.IsId(userId) || type is not ("block_actions" or "view_submission"))
        {
            return TypedResults.BadRequest("Unknown or incomplete interaction payload.");
        }

        var person = new UserRef(Platform.Slack, team, userId);
        return type == "view_submission"
            ? await submissions.HandleAsync(payload, person, cancellationToken)
            : await BlockActionsAsync(payload, person, cancellationToken);
    }

    private async Task<IResult> BlockActionsAsync(JsonObject payload, UserRef person, CancellationToken cancellationToken)
    {
        if (payload["actions"] is not JsonArray { Count: > 0 } actions || actions[0] is not JsonObject action)
        {
            return TypedResults.BadRequest("block_actions without actions.");
        }

        var actionId = SlackTurns.Str(action["action_id"]);
        var trigger = SlackTurns.Str(payload["trigger_id"]);
        if (actionId == BlockKitActionIds.OpenForm)
        {
            await OpenFormAsync(payload, person, SlackTurns.Str(action["value"]), trigger, cancellationToken);
            return TypedResults.Ok();
        }

        if (!actionId.StartsWith(BlockKitActionIds.SubmitPrefix, StringComparison.Ordinal))
        {
            return TypedResults.Ok();
        }

        Dictionary<string, string>? data;
        try
        {
            data = JsonSerializer.Deserialize<Dictionary<string, string>>(SlackTurns.Str(action["value"]));
        }
        catch (JsonException)
        {
            data = null;
        }

        if (data is null || !data.ContainsKey(CardFields.Verb) || !SlackTurns.IsId(trigger))
        {
            return TypedResults.BadRequest("The button's value is not card data.");
        }

        ConversationRef conversation;
        string? messageTs;
        if (payload["view"] is JsonObject view)
        {
            var metadata = SlackFormMetadata.Read(SlackTurns.Str(view["private_metadata"]));
            if (metadata is null || !SlackTurns.IsId(metadata.Channel))
            {
                return TypedResults.BadRequest("The modal's private_metadata is not AimsBot's.");
            }

            conversation = Conversation(person, metadata.Channel, metadata.ConversationType);
            messageTs = metadata.MessageTs;
            foreach (var (key, value) in SlackViewState.Inputs(view, metadata.ToggleOff))
            {
                data.TryAdd(key, value);
            }
        }
        else
        {
            var channel = SlackTurns.Str(SlackTurns.At(payload, "channel", "id"));
            channel = channel.Length > 0 ? channel : SlackTurns.Str(SlackTurns.At(payload, "container", "channel_id"));
            messageTs = SlackTurns.Str(SlackTurns.At(payload, "container", "message_ts"));
            messageTs = messageTs.Length > 0 ? messageTs : SlackTurns.Str(SlackTurns.At(payload, "message", "ts"));
            if (!SlackTurns.IsId(channel) || (messageTs.Length > 0 && !SlackTurns.IsId(messageTs)))
            {
                return TypedResults.BadRequest("block_actions without a channel.");
            }

            // The bot posted the message with this button, so a D… channel is its direct message with the person.
            conversation = Conversation(person, channel, channel.StartsWith('D') ? "im" : "channel");
        }

        var (user, timeZone) = await people.DescribeAsync(person, cancellationToken);
        people.EnsureReachable(user);
        var turn = new IncomingTurn("action:" + trigger, TurnKind.CardAction, conversation, user, time.GetUtcNow())
        {
            Data = data,
            CardMessageId = messageTs,
            TimeZone = timeZone,
        };
        responseUrls.Remember(InboxWriter.DeliveryKey(turn), SlackTurns.Str(payload["response_url"]));
        await inbox.AcceptAsync(turn, cancellationToken);
        return TypedResults.Ok();
    }

    private async Task OpenFormAsync(JsonObject payload, UserRef person, string cardId, string trigger, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(options.Value.SyncBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        var form = forms.Find(cardId);
        try
        {
            if (form is null || JsonNode.Parse(form.Card) is not JsonObject card || BlockKitRenderer.Form(card) is not { } blockForm)
            {
                var channel = SlackTurns.Str(SlackTurns.At(payload, "channel", "id"));
                if (channel.Length > 0)
                {
                    await api.PostEphemeralAsync(channel, person.UserId, "That form is no longer available (it was finished, replaced or is too old). Type `/aims help` to start again.", linked.Token);
                }

                return;
            }

            // The clicked message is the form's message (the record's ts may not be saved yet).
            var clickedTs = SlackTurns.Str(SlackTurns.At(payload, "container", "message_ts"));
            var messageTs = clickedTs.Length > 0 ? clickedTs : form.MessageTs;
            var metadata = new SlackFormMetadata(form.Channel, messageTs.Length > 0 ? messageTs : null, form.ConversationType, new(blockForm.SubmitData), new(blockForm.ToggleOff));
            await api.OpenViewAsync(trigger, BlockKitRenderer.Modal(card, metadata.Write()), linked.Token);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or OperationCanceledException)
        {
            Log.OpenFormFailed(logger, ex, cardId);
        }
    }

    private static ConversationRef Conversation(UserRef person, string channel, string type) =>
        SlackTurns.Conversation(person.TenantId, channel, type, userKey: type == "im" ? person.Key : null);

    private static partial class Log
    {
        [LoggerMessage(EventId = 630, Level = LogLevel.Warning, Message = "Opening the Slack modal for form {CardId} failed")]
        public static partial void OpenFormFailed(ILogger logger, Exception exception, string cardId);
    }
}
