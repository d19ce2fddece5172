using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>The audit programme and its findings in PostgreSQL (small collections: read whole, sorted here as in LiteDB).</summary>
public sealed class PgAuditProgrammeStore(PgDatabase database) : IAuditProgrammeStore
{
    private readonly PgDocuments<AuditEvent> _events = new(database, LiteDbAuditProgrammeStore.EventsCollection, x => x.Id);
    private readonly PgDocuments<Finding> _findings = new(database, LiteDbAuditProgrammeStore.FindingsCollection, x => x.Id);

    public IReadOnlyList<AuditEvent> Events() => [.. _events.All().OrderBy(a => a.StartsOn).ThenBy(a => a.Number)];

    public AuditEvent? GetEvent(string id) => string.IsNullOrEmpty(id) ? null : _events.Find(id);

    public AuditEvent AddEvent(AuditEvent draft) => database.InTransaction(() =>
    {
        draft.Number = (int)PgCollections.NextCounter(database, LiteDbAuditProgrammeStore.EventCounter);
        draft.Id = AuditIds.Event(draft.Number);
        _events.Insert(draft);
        return draft;
    });

    public void UpdateEvent(AuditEvent audit) => _events.Update(audit);

    public void DeleteEvent(string id) => _events.Delete(id);

    public IReadOnlyList<Finding> Findings() => [.. _findings.All().OrderBy(f => f.Number)];

    public Finding? GetFinding(string id) => string.IsNullOrEmpty(id) ? null : _findings.Find(id);

    public Finding? FindingFromCard(string cardId) =>
        string.IsNullOrEmpty(cardId) ? null : _findings.Where("data->>'SourceCardId' = $2", null, cardId).FirstOrDefault();

    public Finding AddFinding(Finding draft) => database.InTransaction(() =>
    {
        draft.Number = (int)PgCollections.NextCounter(database, LiteDbAuditProgrammeStore.FindingCounter);
        draft.Id = AuditIds.Finding(draft.Number);
        _findings.Insert(draft);
        return draft;
    });

    public void UpdateFinding(Finding finding) => _findings.Update(finding);
}
