using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The approvals collection and its indexes; registrations left pending by a version without approval
/// requests get their request here, once, so <c>approvals</c> lists them.
/// </summary>
public sealed class ApprovalStoreSchema : IStoreSchema
{
    public void Ensure(LiteDatabase database)
    {
        var requests = database.GetCollection<ApprovalRequest>(LiteDbApprovalStore.CollectionName);
        requests.EnsureIndex(x => x.Status);
        requests.EnsureIndex(x => x.SubjectId);
        var systems = database.GetCollection<AiSystem>(CollectionNames.AiSystems);
        foreach (var system in systems.Find(x => x.Approval == ApprovalStatus.Pending))
        {
            if (!requests.Exists(x => x.SubjectId == system.Id && x.SubjectKind == "aisystem"))
            {
                requests.Insert(new ApprovalRequest
                {
                    Id = Guid.NewGuid().ToString("N"),
                    SubjectKind = "aisystem",
                    SubjectId = system.Id,
                    Title = $"{system.Id} {system.Name}",
                    RequesterKey = system.RequesterKey,
                    RequesterName = system.RequesterName,
                    RequestedAt = system.RegisteredAt,
                });
            }
        }
    }
}
