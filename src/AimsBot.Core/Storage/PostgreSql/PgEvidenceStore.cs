using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.Core.Storage.PostgreSql;

public sealed class PgEvidenceStore(PgDatabase database) : IEvidenceStore
{
    private readonly PgNumbered<EvidenceItem> _items = new(database, PgCollections.Evidence, x => x.Id, (x, id) => x.Id = id);

    public EvidenceItem? Get(long id) => _items.Find(id);

    public EvidenceItem? FindByLocation(string location)
    {
        var normalized = LiteDbEvidenceStore.Normalize(location);
        return normalized.Length == 0 ? null : _items.Where("data->>'NormalizedLocation' = $2", descending: false, limit: 1, normalized).FirstOrDefault();
    }

    public IReadOnlyList<EvidenceItem> ForIso42001(string controlId) => _items.Where("data->'Iso42001' ? $2", descending: false, limit: null, controlId);

    public IReadOnlyList<EvidenceItem> ForIso27001(string controlId) => _items.Where("data->'Iso27001' ? $2", descending: false, limit: null, controlId);

    public void Save(EvidenceItem item)
    {
        item.NormalizedLocation = LiteDbEvidenceStore.Normalize(item.Location);
        if (item.Id == 0)
        {
            _items.Insert(item);
        }
        else
        {
            _items.Update(item);
        }
    }

    public int Count() => _items.Count();

    public IEnumerable<EvidenceItem> All() => _items.Where("true", descending: false, limit: null);
}
