using System.Globalization;
using AimsBot.Core.Governance.Soa;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>Approved SoA versions, one document each (id = version number), inserted and never updated.</summary>
public sealed class PgSoaVersionStore(PgDatabase database) : ISoaVersionStore
{
    private const string ByNumber = "(data->>'Id')::int";

    private readonly PgDocuments<SoaVersion> _versions = new(database, PgCollections.SoaVersions, x => x.Id.ToString(CultureInfo.InvariantCulture));

    public SoaVersion? Get(int number) => _versions.Find(number.ToString(CultureInfo.InvariantCulture));

    public SoaVersion? Latest() => _versions.All(ByNumber + " DESC").FirstOrDefault();

    public IReadOnlyList<SoaVersion> All() => _versions.All(ByNumber);

    public void Add(SoaVersion version) => _versions.Insert(version);
}
