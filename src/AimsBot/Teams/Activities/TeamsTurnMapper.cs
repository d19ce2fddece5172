using System.Text.Json;
using System.Text.RegularExpressions;
using AimsBot.Core.Conversations;

namespace AimsBot.Teams.Activities;

/// <summary>
/// Maps a validated activity to the neutral <see cref="IncomingTurn"/>: messages (with the bot's
/// @mention stripped), Action.Submit data, the bot being added, and uninstalls. Returns null for
/// activities AimsBot ignores.
/// </summary>
public static partial class TeamsTurnMapper
{
    /// <summary>Tenant placeholder when a channel (the Emulator) sends none.</summary>
    public const string NoTenant = "none";

    public static IncomingTurn? ToTurn(TeamsActivity activity, DateTimeOffset now)
    {
        var kind = KindOf(activity);
        return kind is null ? null : Build(activity, kind.Value, now);
    }

    /// <summary>The turn for an <c>adaptiveCard/action</c> invoke: the action's data (and verb) as card data.</summary>
    public static IncomingTurn ToInvokeTurn(TeamsActivity activity, JsonElement action, DateTimeOffset now)
    {
        var data = action.TryGetProperty("data", out var payload) && payload.ValueKind == JsonValueKind.Object
            ? Flatten(payload)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        if (!data.ContainsKey("verb") && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String)
        {
            data["verb"] = verb.GetString()!;
        }

        return Build(activity, TurnKind.CardAction, now) with { Data = data, Text = null, Mentions = null };
    }

    /// <summary>Whether the activity has what every turn needs (conversation, sender, service URL).</summary>
    public static string? Problem(TeamsActivity activity) =>
        string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "The activity has no conversation.id."
        : string.IsNullOrWhiteSpace(activity.From?.Id) ? "The activity has no from.id."
        : !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            ? "The activity has no valid serviceUrl."
        : !IsId(activity.Conversation.Id, 384) || !IsId(activity.From.Id, 256) || !IsId(activity.Conversation.TenantId, 64, optional: true)
            || !IsId(activity.Id, 256, optional: true) || !IsId(activity.ReplyToId, 256, optional: true) || !IsId(activity.Recipient?.Id, 256, optional: true)
            ? "An id in the activity is too long or holds characters no channel uses."
        : null;

    /// <summary>
    /// Ids become store keys (LiteDB keys stay under 1,023 bytes): printable ASCII without spaces, within
    /// a length no channel comes near.
    /// </summary>
    private static bool IsId(string? id, int max, bool optional = false) =>
        string.IsNullOrEmpty(id) ? optional : id.Length <= max && id.All(c => c is > ' ' and <= '~');

    private static TurnKind? KindOf(TeamsActivity activity)
    {
        var botId = activity.Recipient?.Id;
        switch (activity.Type)
        {
            case "message":
                return activity.Value is { ValueKind: JsonValueKind.Object } ? TurnKind.CardAction : TurnKind.Message;
            case "conversationUpdate" when botId is not null:
                if (activity.MembersAdded?.Any(m => m.Id == botId) == true)
                {
                    return TurnKind.ConversationStarted;
                }

                return activity.MembersRemoved?.Any(m => m.Id == botId) == true ? TurnKind.Uninstalled : null;
            case "installationUpdate" when activity.Action is "remove" or "remove-upgrade":
                return TurnKind.Uninstalled;
            default:
                return null;
        }
    }

    private static IncomingTurn Build(TeamsActivity activity, TurnKind kind, DateTimeOffset now)
    {
        var tenant = TenantOf(activity);
        var conversation = activity.Conversation!;
        var reference = new ConversationRef(Platform.Teams, tenant, conversation.Id!)
        {
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId,
            BotId = activity.Recipient?.Id,
            ConversationType = conversation.ConversationType ?? (conversation.IsGroup == true ? "groupChat" : "personal"),
        };
        var user = new UserRef(Platform.Teams, tenant, activity.From!.Id!) { Name = DisplayName(activity.From.Name), AadObjectId = activity.From.AadObjectId };
        var clientInfo = activity.Entities?.FirstOrDefault(e => TypeOf(e) == "clientInfo");
        return new IncomingTurn(activity.Id ?? Guid.NewGuid().ToString("N"), kind, reference, user, now)
        {
            Text = kind == TurnKind.Message ? CleanText(activity) : null,
            Data = kind == TurnKind.CardAction && activity.Value is { ValueKind: JsonValueKind.Object } value ? Flatten(value) : null,
            CardMessageId = kind == TurnKind.CardAction ? activity.ReplyToId : null,
            Mentions = kind == TurnKind.Message ? Mentions(activity, tenant) : null,
            TimeZone = clientInfo is { } info ? StringOf(info, "timezone") : null,
            Locale = activity.Locale ?? (clientInfo is { } c ? StringOf(c, "locale") : null),
        };
    }

    private static string TenantOf(TeamsActivity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && StringOf(tenant, "id") is { Length: > 0 } id)
        {
            return id;
        }

        return NoTenant;
    }

    /// <summary>The text without the bot's <c>&lt;at&gt;</c> mention; other mentions keep their names.</summary>
    private static string CleanText(TeamsActivity activity)
    {
        var text = activity.Text ?? "";
        foreach (var (id, _, mentionText) in MentionEntities(activity))
        {
            if (id == activity.Recipient?.Id && !string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, "", StringComparison.Ordinal);
            }
        }

        return AtTag().Replace(text, "$1").Trim();
    }

    private static List<UserRef> Mentions(TeamsActivity activity, string tenant) =>
        [.. MentionEntities(activity)
            .Where(m => !string.IsNullOrEmpty(m.Id) && m.Id != activity.Recipient?.Id)
            .DistinctBy(m => m.Id)
            .Select(m => new UserRef(Platform.Teams, tenant, m.Id!) { Name = DisplayName(m.Name) })];

    private static IEnumerable<(string? Id, string? Name, string? Text)> MentionEntities(TeamsActivity activity) =>
        (activity.Entities ?? [])
            .Where(e => TypeOf(e) == "mention" && e.TryGetProperty("mentioned", out var m) && m.ValueKind == JsonValueKind.Object)
            .Select(e => (StringOf(e.GetProperty("mentioned"), "id"), StringOf(e.GetProperty("mentioned"), "name"), StringOf(e, "text")));

    /// <summary>Card data as strings: arrays and objects as JSON, booleans as true/false, nulls dropped.</summary>
    public static Dictionary<string, string> Flatten(JsonElement value)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => property.Value.GetRawText(),
            };
            if (text is not null)
            {
                result[property.Name] = text;
            }
        }

        return result;
    }

    /// <summary>A display name as the platform sent it, with invisible and bidirectional control characters made visible.</summary>
    private static string? DisplayName(string? name) => name is null ? null : InvisibleText.Neutralize(name);

    private static string? TypeOf(JsonElement entity) => entity.ValueKind == JsonValueKind.Object ? StringOf(entity, "type") : null;

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [GeneratedRegex("<at>(.*?)</at>", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtTag();
}
