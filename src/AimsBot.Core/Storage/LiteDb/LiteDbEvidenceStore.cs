using AimsBot.Core.Governance.Controls;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbEvidenceStore(AimsDatabase database) : IEvidenceStore
{
    private ILiteCollection<EvidenceItem> Items => database.Collection<EvidenceItem>(ControlCollections.Evidence);

    public EvidenceItem? Get(long id) => Items.FindById(id);

    public EvidenceItem? FindByLocation(string location)
    {
        var normalized = Normalize(location);
        return normalized.Length == 0 ? null : Items.FindOne(x => x.NormalizedLocation == normalized);
    }

    public IReadOnlyList<EvidenceItem> ForIso42001(string controlId) =>
        [.. Items.Find(x => x.Iso42001.Contains(controlId)).OrderBy(x => x.Id)];

    public IReadOnlyList<EvidenceItem> ForIso27001(string controlId) =>
        [.. Items.Find(x => x.Iso27001.Contains(controlId)).OrderBy(x => x.Id)];

    public void Save(EvidenceItem item)
    {
        item.NormalizedLocation = Normalize(item.Location);
        if (item.Id == 0)
        {
            Items.Insert(item);
        }
        else
        {
            Items.Update(item);
        }
    }

    public int Count() => Items.Count();

    public IEnumerable<EvidenceItem> All() => Items.Query().OrderBy(x => x.Id).ToEnumerable();

    public static string Normalize(string location) => location.Trim().TrimEnd('/').ToUpperInvariant();
}
