using AimsBot.Core.Conversations;

namespace AimsBot.Core.Governance.Roles;

/// <summary>
/// One configured role entry, read with its tenant. <c>platform:tenant:id</c> names the tenant;
/// <c>platform:id</c> is in the platform's home tenant. Teams user ids contain a colon themselves
/// (<c>29:1a…</c>, <c>8:orgid:…</c>): a first part made of digits starts the id, not a tenant.
/// </summary>
public sealed record RoleEntry(string Text, Platform Platform, string TenantId, string Id)
{
    /// <summary>Reads an entry; <paramref name="problem"/> says what is wrong when it cannot be read.</summary>
    public static RoleEntry? Parse(string text, RoleOptions options, out string? problem)
    {
        problem = null;
        var value = text.Trim();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var platform = colon < 0 ? null : value[..colon].ToLowerInvariant() switch
        {
            "teams" => Platform.Teams,
            "slack" => (Platform?)Platform.Slack,
            _ => null,
        };
        var rest = colon < 0 ? "" : value[(colon + 1)..];
        if (platform is null || rest.Length == 0)
        {
            problem = $"'{value}' is not a person: write teams:<tenant id>:<user id> or slack:<T workspace>:<U user>.";
            return null;
        }

        var separator = rest.IndexOf(':', StringComparison.Ordinal);
        var startsTeamsId = platform == Platform.Teams && separator > 0 && rest[..separator].All(char.IsAsciiDigit);
        if (separator > 0 && !startsTeamsId && separator < rest.Length - 1)
        {
            return new RoleEntry(value, platform.Value, rest[..separator], rest[(separator + 1)..]);
        }

        var home = platform == Platform.Teams ? options.TeamsTenantId : options.SlackTeamId;
        if (string.IsNullOrWhiteSpace(home))
        {
            problem = platform == Platform.Teams
                ? $"'{value}' names no tenant: write teams:<tenant id>:<user id>, or set Roles:TeamsTenantId (or MicrosoftAppTenantId)."
                : $"'{value}' names no workspace: write slack:<T workspace>:<U user>, or set Roles:SlackTeamId.";
            return null;
        }

        return new RoleEntry(value, platform.Value, home.Trim(), rest);
    }

    /// <summary>Same platform, same tenant, and the user id or (Teams) the Entra object id.</summary>
    public bool Matches(UserRef user) =>
        user.Platform == Platform
        && string.Equals(user.TenantId, TenantId, StringComparison.OrdinalIgnoreCase)
        && (string.Equals(user.UserId, Id, StringComparison.OrdinalIgnoreCase)
            || (user.AadObjectId is { Length: > 0 } aad && string.Equals(aad, Id, StringComparison.OrdinalIgnoreCase)));
}
