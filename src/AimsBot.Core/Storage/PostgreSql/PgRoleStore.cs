using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Roles;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>Role changes made in chat, one document per role and person.</summary>
public sealed class PgRoleStore(PgDatabase database) : IRoleStore
{
    private readonly PgDocuments<RoleMember> _members = new(database, PgCollections.Roles, x => x.Id);

    public RoleMember? Find(GovernanceRole role, string userKey) => _members.Find(RoleMember.MakeId(role, userKey));

    public IReadOnlyList<RoleMember> InTenant(Platform platform, string tenantId) =>
        _members.Where("data->>'TenantId' = $2 AND data->>'Platform' = $3", "(data->>'ChangedAt')::timestamptz, id", tenantId, platform.ToString());

    public void Save(RoleMember member) => _members.Upsert(member);
}
