using AimsBot.Core.Governance.Approvals;

namespace AimsBot.Core.Storage.PostgreSql;

public sealed class PgApprovalStore(PgDatabase database) : IApprovalStore
{
    private const string ByRequestedAt = "(data->>'RequestedAt')::timestamptz, id";

    private readonly PgDocuments<ApprovalRequest> _requests = new(database, PgCollections.Approvals, x => x.Id);

    public void Add(ApprovalRequest request) => _requests.Insert(request);

    public ApprovalRequest? Get(string id) => id.Length == 0 ? null : _requests.Find(id);

    public ApprovalRequest? FindPending(string subjectKind, string subjectId) =>
        _requests.Where("data->>'SubjectId' = $2 AND data->>'SubjectKind' = $3 AND data->>'Status' = 'Pending'", ByRequestedAt, subjectId, subjectKind).FirstOrDefault();

    public IReadOnlyList<ApprovalRequest> Pending() => _requests.Where("data->>'Status' = 'Pending'", ByRequestedAt);

    public IReadOnlyList<ApprovalRequest> ForSubject(string subjectKind, string subjectId) =>
        _requests.Where("data->>'SubjectId' = $2 AND data->>'SubjectKind' = $3", ByRequestedAt, subjectId, subjectKind);

    public void Update(ApprovalRequest request) => _requests.Update(request);
}
