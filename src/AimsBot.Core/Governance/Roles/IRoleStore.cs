namespace AimsBot.Core.Governance.Roles;

/// <summary>Role changes made in chat.</summary>
public interface IRoleStore
{
    RoleMember? Find(GovernanceRole role, string userKey);

    /// <summary>Every change for one tenant or workspace (granted and removed).</summary>
    IReadOnlyList<RoleMember> InTenant(Conversations.Platform platform, string tenantId);

    void Save(RoleMember member);
}
