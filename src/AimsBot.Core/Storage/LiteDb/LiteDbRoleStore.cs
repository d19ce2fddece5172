using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Roles;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Role changes made in chat, one document per role and person.</summary>
public sealed class LiteDbRoleStore : IRoleStore
{
    public const string Collection = "roles";

    private readonly AimsDatabase database;

    /// <summary>
    /// Every role change by id, held until the next one: <see cref="Governance.RoleResolver"/> asks about each person a tick
    /// or a due bundle looks at (thousands of look-ups), and role changes are rare.
    /// </summary>
    private readonly HeldSnapshot<Dictionary<string, RoleMember>> _members;

    public LiteDbRoleStore(AimsDatabase database)
    {
        this.database = database;
        _members = new(database, () => Members.FindAll().ToDictionary(x => x.Id, StringComparer.OrdinalIgnoreCase));
    }

    private ILiteCollection<RoleMember> Members => database.Collection<RoleMember>(Collection);

    /// <summary>The held change (callers copy it before changing it, see <see cref="RoleMember.Copy"/>).</summary>
    public RoleMember? Find(GovernanceRole role, string userKey) => _members.Current().GetValueOrDefault(RoleMember.MakeId(role, userKey));

    public IReadOnlyList<RoleMember> InTenant(Platform platform, string tenantId) =>
        [.. _members.Current().Values.Where(x => string.Equals(x.TenantId, tenantId, StringComparison.OrdinalIgnoreCase) && x.Platform == platform).OrderBy(x => x.ChangedAt)];

    public void Save(RoleMember member)
    {
        Members.Upsert(member);
        _members.Changed();
    }
}
