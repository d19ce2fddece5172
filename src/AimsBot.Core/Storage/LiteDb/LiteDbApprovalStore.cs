using AimsBot.Core.Governance.Approvals;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbApprovalStore(AimsDatabase database) : IApprovalStore
{
    public const string CollectionName = "approvals";

    private ILiteCollection<ApprovalRequest> Requests => database.Collection<ApprovalRequest>(CollectionName);

    public void Add(ApprovalRequest request) => Requests.Insert(request);

    public ApprovalRequest? Get(string id) => id.Length == 0 ? null : Requests.FindById(id);

    public ApprovalRequest? FindPending(string subjectKind, string subjectId) =>
        Requests.FindOne(x => x.SubjectId == subjectId && x.SubjectKind == subjectKind && x.Status == Governance.ApprovalStatus.Pending);

    public IReadOnlyList<ApprovalRequest> Pending() =>
        [.. Requests.Find(x => x.Status == Governance.ApprovalStatus.Pending).OrderBy(x => x.RequestedAt)];

    public IReadOnlyList<ApprovalRequest> ForSubject(string subjectKind, string subjectId) =>
        [.. Requests.Find(x => x.SubjectId == subjectId && x.SubjectKind == subjectKind).OrderBy(x => x.RequestedAt)];

    public void Update(ApprovalRequest request) => Requests.Update(request);
}
