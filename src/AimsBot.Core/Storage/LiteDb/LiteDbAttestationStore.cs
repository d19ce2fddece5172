using AimsBot.Core.Governance.Attestations;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbAttestationStore(AimsDatabase database) : IAttestationStore
{
    private ILiteCollection<AttestationRecord> Items => database.Collection<AttestationRecord>(SchedulingCollections.Attestations);

    public void Add(AttestationRecord record) => Items.Insert(record);

    public IReadOnlyList<AttestationRecord> ForSystem(string systemId) =>
        [.. Items.Find(x => x.SystemId == systemId).OrderByDescending(x => x.AnsweredAt)];

    public bool ExistsForCard(string cardId) => Items.Exists(x => x.CardId == cardId);
}
