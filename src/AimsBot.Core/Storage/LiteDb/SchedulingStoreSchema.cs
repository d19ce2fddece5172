using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Scheduling;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Indexes of the scheduler's collections: the ledger by person and kind.</summary>
public sealed class SchedulingStoreSchema : IStoreSchema
{
    public void Ensure(LiteDatabase database)
    {
        var ledger = database.GetCollection<LedgerEntry>(SchedulingCollections.Ledger);
        ledger.EnsureIndex(x => x.RecipientKey);

        var attestations = database.GetCollection<AttestationRecord>(SchedulingCollections.Attestations);
        attestations.EnsureIndex(x => x.SystemId);
        attestations.EnsureIndex(x => x.CardId);
    }
}
