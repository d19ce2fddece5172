using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Storage.PostgreSql;

public sealed class PgControlStore(PgDatabase database) : IControlStore
{
    private readonly PgDocuments<ControlRecord> _records = new(database, PgCollections.Controls, x => x.Id);

    public ControlRecord Get(string id) => _records.Find(id) ?? new ControlRecord { Id = id };

    public IReadOnlyDictionary<string, ControlRecord> All() => _records.All().ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ControlRecord> OwnedBy(string ownerKey) => _records.Where("data->>'OwnerKey' = $2", null, ownerKey);

    public void Save(ControlRecord record) => _records.Upsert(record);

    public void SaveAll(IEnumerable<ControlRecord> records) => database.InTransaction(() =>
    {
        foreach (var record in records)
        {
            _records.Upsert(record);
        }

        return 0;
    });
}
