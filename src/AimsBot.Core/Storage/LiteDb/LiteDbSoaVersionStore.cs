using AimsBot.Core.Governance.Soa;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Approved SoA versions, one document each (id = version number), inserted and never updated.</summary>
public sealed class LiteDbSoaVersionStore(AimsDatabase database) : ISoaVersionStore
{
    public const string Collection = "soa_versions";

    private ILiteCollection<SoaVersion> Versions => database.Collection<SoaVersion>(Collection);

    public SoaVersion? Get(int number) => Versions.FindById(number);

    public SoaVersion? Latest() => Versions.Query().OrderByDescending(x => x.Id).Limit(1).FirstOrDefault();

    public IReadOnlyList<SoaVersion> All() => [.. Versions.Query().OrderBy(x => x.Id).ToEnumerable()];

    public void Add(SoaVersion version) => Versions.Insert(version);
}
