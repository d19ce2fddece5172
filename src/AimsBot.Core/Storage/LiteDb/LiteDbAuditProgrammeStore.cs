using AimsBot.Core.Governance.Audits;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The audit programme and its findings in LiteDB (small collections: read whole).</summary>
public sealed class LiteDbAuditProgrammeStore(AimsDatabase database) : IAuditProgrammeStore
{
    public const string EventsCollection = "audit_programme";
    public const string FindingsCollection = "audit_findings";
    public const string EventCounter = "audit-event";
    public const string FindingCounter = "audit-finding";

    private ILiteCollection<AuditEvent> Audits => database.Collection<AuditEvent>(EventsCollection);

    private ILiteCollection<Finding> Items => database.Collection<Finding>(FindingsCollection);

    public IReadOnlyList<AuditEvent> Events() => [.. Audits.FindAll().OrderBy(a => a.StartsOn).ThenBy(a => a.Number)];

    public AuditEvent? GetEvent(string id) => string.IsNullOrEmpty(id) ? null : Audits.FindById(id);

    public AuditEvent AddEvent(AuditEvent draft) => database.InTransaction(() =>
    {
        draft.Number = Next(EventCounter);
        draft.Id = AuditIds.Event(draft.Number);
        Audits.Insert(draft);
        return draft;
    });

    public void UpdateEvent(AuditEvent audit) => Audits.Update(audit);

    public void DeleteEvent(string id) => Audits.Delete(id);

    public IReadOnlyList<Finding> Findings() => [.. Items.FindAll().OrderBy(f => f.Number)];

    public Finding? GetFinding(string id) => string.IsNullOrEmpty(id) ? null : Items.FindById(id);

    public Finding? FindingFromCard(string cardId) => string.IsNullOrEmpty(cardId) ? null : Items.FindOne(x => x.SourceCardId == cardId);

    public Finding AddFinding(Finding draft) => database.InTransaction(() =>
    {
        draft.Number = Next(FindingCounter);
        draft.Id = AuditIds.Finding(draft.Number);
        Items.Insert(draft);
        return draft;
    });

    public void UpdateFinding(Finding finding) => Items.Update(finding);

    // The counters only move forward, so ids are never reused.
    private int Next(string name)
    {
        var counters = database.Collection<Counter>(CollectionNames.Counters);
        var counter = counters.FindById(name) ?? new Counter { Id = name };
        counter.Value++;
        counters.Upsert(counter);
        return counter.Value;
    }
}
