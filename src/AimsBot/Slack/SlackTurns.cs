using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AimsBot.Core.Conversations;

namespace AimsBot.Slack;

/// <summary>Maps Slack events and slash commands to neutral turns (no Slack types past this point).</summary>
public static partial class SlackTurns
{
    public static ConversationRef Conversation(string teamId, string channel, string conversationType, string? botUserId = null, string? userKey = null) =>
        new(Platform.Slack, teamId, channel) { ChannelId = "slack", ConversationType = conversationType, BotId = botUserId, UserKey = userKey };

    /// <summary>
    /// The turn for an <c>event_callback</c>, or null for events the bot ignores: its own or other bots'
    /// messages, subtypes (edits, joins…), channel messages that do not mention it, the Messages tab.
    /// </summary>
    public static IncomingTurn? FromEvent(JsonObject envelope, DateTimeOffset now)
    {
        var eventId = Str(envelope["event_id"]);
        var team = Str(envelope["team_id"]);
        if (envelope["event"] is not JsonObject inner || !IsId(eventId) || !IsId(team))
        {
            return null;
        }

        var botUser = envelope["authorizations"] is JsonArray { Count: > 0 } authorizations ? Str(At(authorizations[0], "user_id")) : "";
        var user = Str(inner["user"]);
        var channel = Str(inner["channel"]);
        if (!IsId(user) || !IsId(channel) || user == botUser || inner["bot_id"] is not null || inner["subtype"] is not null)
        {
            return null;
        }

        var person = new UserRef(Platform.Slack, team, user);
        switch (Str(inner["type"]))
        {
            case "app_home_opened" when Str(inner["tab"]) == "home":
                return new IncomingTurn(eventId, TurnKind.HomeOpened, Conversation(team, channel, "im", botUser, person.Key), person, now);
            case "message" when Str(inner["channel_type"]) == "im":
                return Message(eventId, team, channel, "im", person, botUser, Str(inner["text"]), now);
            case "app_mention":
                return Message(eventId, team, channel, channel.StartsWith('D') ? "im" : "channel", person, botUser, Str(inner["text"]), now);
            default:
                return null;
        }
    }

    /// <summary>The turn for <c>/aims …</c>; <c>/aims</c> alone is <c>help</c>. Null when a required field is missing or not an id.</summary>
    public static IncomingTurn? FromCommand(IReadOnlyDictionary<string, string> form, DateTimeOffset now)
    {
        var team = form.GetValueOrDefault("team_id", "");
        var user = form.GetValueOrDefault("user_id", "");
        var channel = form.GetValueOrDefault("channel_id", "");
        var trigger = form.GetValueOrDefault("trigger_id", "");
        if (!IsId(team) || !IsId(user) || !IsId(channel) || !IsId(trigger))
        {
            return null;
        }

        var text = Decode(form.GetValueOrDefault("text", "")).Trim();
        // A slash command can come from any conversation, including a direct message between two
        // people the bot cannot post in: it is never taken as the person's personal chat with the bot.
        var conversation = Conversation(team, channel, "channel");
        var person = new UserRef(Platform.Slack, team, user);
        return new IncomingTurn("command:" + trigger, TurnKind.Message, conversation, person, now)
        {
            Text = text.Length == 0 ? "help" : text,
            Mentions = Mentioned(text, team, botUser: ""),
        };
    }

    /// <summary>Decodes Slack's escaping of <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> in message text.</summary>
    public static string Decode(string text) => text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>
    /// Whether a value can be a Slack id (team, user, channel, trigger, event, view): 1-128 of
    /// <c>A-Z a-z 0-9 . _ -</c>. Ids become store keys, so anything else is refused before it gets there.
    /// </summary>
    public static bool IsId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Walks object properties, or null as soon as a step is missing or not an object (never throws on a payload's shape).</summary>
    public static JsonNode? At(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject obj ? obj[name] : null;
        }

        return node;
    }

    public static string Str(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";

    private static IncomingTurn Message(string id, string team, string channel, string type, UserRef person, string botUser, string raw, DateTimeOffset now)
    {
        var text = botUser.Length > 0
            ? raw.Replace("<@" + botUser + ">", " ", StringComparison.Ordinal)
            : LeadingMention().Replace(raw, " ");
        return new IncomingTurn(id, TurnKind.Message, Conversation(team, channel, type, botUser.Length == 0 ? null : botUser, type == "im" ? person.Key : null), person, now)
        {
            Text = Decode(text).Trim(),
            Mentions = Mentioned(raw, team, botUser),
        };
    }

    private static List<UserRef> Mentioned(string text, string team, string botUser) =>
        [.. UserMention().Matches(text).Select(m => m.Groups[1].Value).Where(id => id != botUser).Distinct(StringComparer.Ordinal)
            .Select(id => new UserRef(Platform.Slack, team, id))];

    [GeneratedRegex(@"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();

    [GeneratedRegex(@"^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();
}
