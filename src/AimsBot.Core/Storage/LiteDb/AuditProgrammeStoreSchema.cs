using AimsBot.Core.Governance.Audits;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Indexes of the audit programme and findings.</summary>
public sealed class AuditProgrammeStoreSchema : IStoreSchema
{
    public void Ensure(LiteDatabase database)
    {
        database.GetCollection<AuditEvent>(LiteDbAuditProgrammeStore.EventsCollection).EnsureIndex(x => x.Number, unique: true);
        var findings = database.GetCollection<Finding>(LiteDbAuditProgrammeStore.FindingsCollection);
        findings.EnsureIndex(x => x.Number, unique: true);
        findings.EnsureIndex(x => x.SourceCardId);
    }
}
