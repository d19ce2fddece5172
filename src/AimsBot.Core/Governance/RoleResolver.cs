using AimsBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance;

/// <summary>Decides from configuration (never from a card) whether a person is an admin or committee member.</summary>
public sealed class RoleResolver(IOptionsMonitor<RoleOptions> options)
{
    public Actor Resolve(UserRef user)
    {
        var roles = options.CurrentValue;
        return new Actor(user, Matches(roles.Admins, user), Matches(roles.Committee, user));
    }

    public bool IsCommitteeMember(UserRef user) => Matches(options.CurrentValue.Committee, user);

    public static bool Matches(IEnumerable<string> entries, UserRef user)
    {
        foreach (var entry in entries)
        {
            if (Matches(entry, user))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Matches(string entry, UserRef user)
    {
        var parts = entry.Trim().Split(':', 3);
        if (parts.Length < 2 || !Enum.TryParse<Platform>(parts[0], ignoreCase: true, out var platform) || platform != user.Platform)
        {
            return false;
        }

        // Teams user ids contain ':' themselves (29:...), so try both readings of the entry.
        var rest = entry.Trim()[(parts[0].Length + 1)..];
        if (SameId(rest, user))
        {
            return true;
        }

        var separator = rest.IndexOf(':', StringComparison.Ordinal);
        if (separator > 0)
        {
            var tenant = rest[..separator];
            var id = rest[(separator + 1)..];
            return string.Equals(tenant, user.TenantId, StringComparison.OrdinalIgnoreCase) && SameId(id, user);
        }

        return false;
    }

    private static bool SameId(string id, UserRef user) =>
        string.Equals(id, user.UserId, StringComparison.OrdinalIgnoreCase)
        || (user.AadObjectId is { Length: > 0 } aad && string.Equals(id, aad, StringComparison.OrdinalIgnoreCase));
}
