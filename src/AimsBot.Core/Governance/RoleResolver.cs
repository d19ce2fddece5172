using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Roles;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance;

/// <summary>
/// Decides whether a person is an admin or committee member, never from what a card claims: a change
/// made in chat (kept in the store) wins; otherwise the configured entries, each bound to one tenant.
/// </summary>
public sealed class RoleResolver(IOptionsMonitor<RoleOptions> options, IRoleStore store)
{
    private (RoleOptions Source, RoleEntry[] Admins, RoleEntry[] Committee)? _parsed;

    public Actor Resolve(UserRef user) => new(user, Holds(user, GovernanceRole.Admin), Holds(user, GovernanceRole.Committee));

    public bool IsCommitteeMember(UserRef user) => Holds(user, GovernanceRole.Committee);

    public bool Holds(UserRef user, GovernanceRole role) =>
        store.Find(role, user.Key) is { } member ? !member.Removed : Configured(role).Any(e => e.Matches(user));

    /// <summary>The configured entries for a role, read once per configuration (unreadable entries stop the host at start).</summary>
    public IReadOnlyList<RoleEntry> Configured(GovernanceRole role)
    {
        var current = options.CurrentValue;
        var parsed = _parsed;
        if (parsed is null || !ReferenceEquals(parsed.Value.Source, current))
        {
            RoleEntry[] Read(List<string> entries) => [.. entries.Select(e => RoleEntry.Parse(e ?? "", current, out _)).OfType<RoleEntry>()];
            parsed = (current, Read(current.Admins), Read(current.Committee));
            _parsed = parsed;
        }

        return role == GovernanceRole.Admin ? parsed.Value.Admins : parsed.Value.Committee;
    }
}
