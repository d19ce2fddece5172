using AimsBot.Core.Governance.Controls;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbControlStore(AimsDatabase database) : IControlStore
{
    private ILiteCollection<ControlRecord> Records => database.Collection<ControlRecord>(ControlCollections.Controls);

    public ControlRecord Get(string id) => Records.FindById(id) ?? new ControlRecord { Id = id };

    public IReadOnlyDictionary<string, ControlRecord> All() =>
        Records.FindAll().ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ControlRecord> OwnedBy(string ownerKey) => [.. Records.Find(x => x.OwnerKey == ownerKey)];

    public void Save(ControlRecord record) => Records.Upsert(record);

    public void SaveAll(IEnumerable<ControlRecord> records) => database.InTransaction(() => Records.Upsert(records));
}
