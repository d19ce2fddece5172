using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Governance.Inventory;

/// <summary>
/// Turns what an owner field brings (a Teams people-picker Entra id, a Slack user id, or a typed name
/// where no picker exists) into a person the bot can store and message, and says whether the bot can
/// reach them yet (it can once they have talked to it).
/// </summary>
public sealed class PeopleDirectory(IConversationStore conversations)
{
    /// <summary>Resolves an owner input in the requester's tenant; empty means the requester.</summary>
    public PersonChoice Resolve(string input, UserRef requester)
    {
        var value = input.Trim();
        if (value.Length == 0)
        {
            return new PersonChoice(requester.Key, requester.DisplayName);
        }

        if (requester.Platform == Platform.Slack && SlackUserIds.IsUserId(value))
        {
            var key = UserRef.MakeKey(Platform.Slack, requester.TenantId, value);
            return new PersonChoice(key, conversations.GetUser(key)?.Name is { Length: > 0 } name ? name : value);
        }

        if (requester.Platform == Platform.Teams && Guid.TryParse(value, out var aad))
        {
            var known = Users(requester).FirstOrDefault(u => string.Equals(u.AadObjectId, aad.ToString(), StringComparison.OrdinalIgnoreCase));
            return known is null
                ? new PersonChoice(UserRef.MakeKey(Platform.Teams, requester.TenantId, aad.ToString()), "")
                : new PersonChoice(known.Id, known.Name);
        }

        var byName = Users(requester).Where(u => string.Equals(u.Name, value, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count == 1 ? new PersonChoice(byName[0].Id, byName[0].Name) : new PersonChoice("", value);
    }

    /// <summary>The person behind a stored owner (key and name), resolved again now: they may have talked to the bot since.</summary>
    public PersonChoice Current(string key, string name, string tenantId)
    {
        if (key.Length > 0 && conversations.GetUser(key) is { } user)
        {
            return new PersonChoice(user.Id, user.Name.Length > 0 ? user.Name : name);
        }

        var aad = AadOf(key);
        var match = conversations.Users().FirstOrDefault(u =>
            string.Equals(u.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)
            && ((aad is not null && string.Equals(u.AadObjectId, aad, StringComparison.OrdinalIgnoreCase))
                || (key.Length == 0 && name.Length > 0 && string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase))));
        return match is null ? new PersonChoice(key, name) : new PersonChoice(match.Id, match.Name);
    }

    /// <summary>
    /// Whether the cards in this conversation can offer the platform's people picker: Slack's <c>users_select</c>
    /// always; the Teams people picker in Teams itself, not in a local client such as the Agents Playground (its
    /// Connector runs on this machine and has no directory to search), where a typed name or mention is taken instead.
    /// </summary>
    public static bool PickerAvailable(ConversationRef conversation) => conversation.Platform switch
    {
        Platform.Slack => true,
        Platform.Teams => conversation.ChannelId == "msteams"
            && Uri.TryCreate(conversation.ServiceUrl, UriKind.Absolute, out var url) && !url.IsLoopback,
        _ => false,
    };

    /// <summary>Whether a field's value is what a people picker sends (a Slack user id or an Entra object id) rather than a typed name.</summary>
    public static bool IsPickerId(string value) => SlackUserIds.IsUserId(value) || Guid.TryParse(value, out _);

    /// <summary>What the platform's picker calls a stored person (Slack user id, Teams Entra object id), or "" when unknown.</summary>
    public string PickerId(string key)
    {
        if (key.StartsWith("slack:", StringComparison.Ordinal))
        {
            return key[(key.LastIndexOf(':') + 1)..];
        }

        return AadOf(key) ?? conversations.GetUser(key)?.AadObjectId ?? "";
    }

    /// <summary>Whether the bot has talked to this person (so it can message them).</summary>
    public bool IsReachable(string key) => key.Length > 0 && conversations.GetUser(key) is not null;

    /// <summary>
    /// Who is asked to act on a system: its business owner, or, while the owner has no key (a typed name nobody
    /// has matched yet), the person who registered it, who may edit it until then.
    /// </summary>
    public static string Accountable(AiSystem system) =>
        system.BusinessOwnerKey.Length > 0 ? system.BusinessOwnerKey : system.RequesterKey;

    /// <summary>Whether <paramref name="user"/> is the person stored as <paramref name="key"/> (by key, or by the Entra id a picker gave).</summary>
    public static bool IsPerson(string key, UserRef user) =>
        key.Length > 0 && (string.Equals(key, user.Key, StringComparison.Ordinal)
            || (AadOf(key) is { } aad && string.Equals(aad, user.AadObjectId, StringComparison.OrdinalIgnoreCase)
                && key.StartsWith(UserRef.MakeKey(user.Platform, user.TenantId, ""), StringComparison.OrdinalIgnoreCase)));

    /// <summary>The Entra object id of a key made from a Teams people-picker choice, or null.</summary>
    private static string? AadOf(string key)
    {
        var last = key.LastIndexOf(':');
        return key.StartsWith("teams:", StringComparison.Ordinal) && last > 0 && Guid.TryParse(key[(last + 1)..], out var aad) ? aad.ToString() : null;
    }

    private IEnumerable<UserRecord> Users(UserRef requester) =>
        conversations.Users().Where(u => u.Platform == requester.Platform && string.Equals(u.TenantId, requester.TenantId, StringComparison.OrdinalIgnoreCase));
}
