using AimsBot.Core.Conversations;

namespace AimsBot.Core.Governance.Roles;

/// <summary>
/// A role change made in chat, kept in the store: a person given a role, or a removal that overrides
/// configuration. One document per role and person (<see cref="MakeId"/>).
/// </summary>
public sealed class RoleMember
{
    public string Id { get; set; } = "";

    public GovernanceRole Role { get; set; }

    /// <summary><see cref="UserRef.Key"/>: platform, tenant and user; a role never crosses tenants.</summary>
    public string UserKey { get; set; } = "";

    public Platform Platform { get; set; }

    public string TenantId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string? AadObjectId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>True when the role was removed in chat (configuration no longer grants it either).</summary>
    public bool Removed { get; set; }

    public string ChangedByKey { get; set; } = "";

    public string ChangedByName { get; set; } = "";

    public DateTime ChangedAt { get; set; }

    public static string MakeId(GovernanceRole role, string userKey) => role.ToString().ToLowerInvariant() + "|" + userKey;

    public UserRef ToRef() => new(Platform, TenantId, UserId) { Name = Name, AadObjectId = AadObjectId };

    public RoleMember Copy() => (RoleMember)MemberwiseClone();
}
