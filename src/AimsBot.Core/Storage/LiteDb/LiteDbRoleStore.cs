using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Roles;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Role changes made in chat, one document per role and person.</summary>
public sealed class LiteDbRoleStore(AimsDatabase database) : IRoleStore
{
    public const string Collection = "roles";

    private ILiteCollection<RoleMember> Members => database.Collection<RoleMember>(Collection);

    public RoleMember? Find(GovernanceRole role, string userKey) => Members.FindByKey(RoleMember.MakeId(role, userKey));

    public IReadOnlyList<RoleMember> InTenant(Platform platform, string tenantId) =>
        [.. Members.Find(x => x.TenantId == tenantId).Where(x => x.Platform == platform).OrderBy(x => x.ChangedAt)];

    public void Save(RoleMember member) => Members.Upsert(member);
}
