using AimsBot.Core.Governance.Roles;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The roles collection, found by tenant for <c>roles</c>.</summary>
public sealed class RoleStoreSchema : IStoreSchema
{
    public void Ensure(LiteDatabase database) =>
        database.GetCollection<RoleMember>(LiteDbRoleStore.Collection).EnsureIndex(x => x.TenantId);
}
