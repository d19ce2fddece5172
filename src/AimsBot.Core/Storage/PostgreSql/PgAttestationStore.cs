using AimsBot.Core.Governance.Attestations;

namespace AimsBot.Core.Storage.PostgreSql;

public sealed class PgAttestationStore(PgDatabase database) : IAttestationStore
{
    private readonly PgNumbered<AttestationRecord> _items = new(database, PgCollections.Attestations, x => x.Id, (x, id) => x.Id = id);

    public void Add(AttestationRecord record) => _items.Insert(record);

    public IReadOnlyList<AttestationRecord> ForSystem(string systemId) =>
        [.. _items.Where("data->>'SystemId' = $2", descending: false, limit: null, systemId).OrderByDescending(x => x.AnsweredAt)];

    public bool ExistsForCard(string cardId) => _items.Where("data->>'CardId' = $2", descending: false, limit: 1, cardId).Count > 0;
}
