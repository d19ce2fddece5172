namespace AimsBot.Core.Governance.Soa;

/// <summary>Approved SoA versions; a version is only ever added, never changed.</summary>
public interface ISoaVersionStore
{
    SoaVersion? Get(int number);

    SoaVersion? Latest();

    /// <summary>Every version, oldest first.</summary>
    IReadOnlyList<SoaVersion> All();

    void Add(SoaVersion version);
}
