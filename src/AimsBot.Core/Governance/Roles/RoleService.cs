using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Governance.Roles;

/// <summary>
/// Who holds the roles in a tenant, and the changes admins make in chat: each audit-logged in the same
/// transaction, never across tenants, and never removing a tenant's last admin.
/// </summary>
public sealed class RoleService(RoleResolver resolver, IRoleStore store, IConversationStore people, IAuditLog audit, IUnitOfWork database, TimeProvider time)
{
    /// <summary>Role holders in one tenant: granted in chat, or configured and not removed in chat.</summary>
    public IReadOnlyList<RoleHolder> Holders(GovernanceRole role, Platform platform, string tenantId)
    {
        var changes = store.InTenant(platform, tenantId).Where(m => m.Role == role).ToList();
        var changed = changes.Select(m => m.UserKey).ToHashSet(StringComparer.Ordinal);
        var holders = changes.Where(m => !m.Removed).Select(m => new RoleHolder(Name(m.Name, m.UserId), m.UserKey, Configured: false)).ToList();
        var entries = resolver.Configured(role).Where(e => e.Platform == platform && string.Equals(e.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)).ToList();
        if (entries.Count == 0)
        {
            return holders;
        }

        var known = people.Users().Where(u => u.Platform == platform && string.Equals(u.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var entry in entries)
        {
            var seen = known.Where(u => entry.Matches(u.ToRef())).ToList();
            if (seen.Count == 0)
            {
                holders.Add(new RoleHolder(entry.Text, "", Configured: true));
            }

            holders.AddRange(seen.Where(u => !changed.Contains(u.Id) && holders.All(h => h.UserKey != u.Id)).Select(u => new RoleHolder(Name(u.Name, u.UserId), u.Id, Configured: true)));
        }

        return holders;
    }

    public RoleChange Add(Actor actor, UserRef person, GovernanceRole role) => Change(actor, person, role, remove: false);

    public RoleChange Remove(Actor actor, UserRef person, GovernanceRole role) => Change(actor, person, role, remove: true);

    private RoleChange Change(Actor actor, UserRef mentioned, GovernanceRole role, bool remove)
    {
        if (!actor.IsAdmin)
        {
            return RoleChange.Refused("Only an AIMS admin can change roles.");
        }

        if (mentioned.Platform != actor.User.Platform || !string.Equals(mentioned.TenantId, actor.User.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return RoleChange.Refused("Roles belong to one tenant or workspace: you can only change them for people in yours.");
        }

        var known = people.GetUser(mentioned.Key);
        var person = mentioned with { Name = known?.Name is { Length: > 0 } name ? name : mentioned.Name, AadObjectId = known?.AadObjectId ?? mentioned.AadObjectId };
        var label = ExportFormat.Label(role);
        var holds = resolver.Holds(person, role);
        if (holds != remove)
        {
            return RoleChange.Refused(remove ? $"{Markdown.Escape(person.DisplayName)} is not {Article(role)}{label}." : $"{Markdown.Escape(person.DisplayName)} is already {Article(role)}{label}.");
        }

        if (remove && role == GovernanceRole.Admin && Holders(role, person.Platform, person.TenantId).All(h => h.UserKey == person.Key))
        {
            return RoleChange.Refused($"{Markdown.Escape(person.DisplayName)} is the last AIMS admin here, so I kept them. Make someone else an admin first (**roles add @person admin**).");
        }

        var existing = store.Find(role, person.Key);
        var member = existing?.Copy() ?? new RoleMember { Id = RoleMember.MakeId(role, person.Key), Role = role, UserKey = person.Key };
        member.Platform = person.Platform;
        member.TenantId = person.TenantId;
        member.UserId = person.UserId;
        member.AadObjectId = person.AadObjectId;
        member.Name = person.Name ?? "";
        member.Removed = remove;
        member.ChangedByKey = actor.Key;
        member.ChangedByName = actor.User.DisplayName;
        member.ChangedAt = time.GetUtcNow().UtcDateTime;
        database.InTransaction(() =>
        {
            store.Save(member);
            return audit.Record(actor, remove ? "role.removed" : "role.added", $"role:{role.ToString().ToLowerInvariant()}:{person.Key}", existing, member);
        });
        return RoleChange.Done(person);
    }

    public static string Article(GovernanceRole role) => role == GovernanceRole.Admin ? "an " : "a ";

    private static string Name(string name, string userId) => name.Length > 0 ? name : userId;
}
