namespace AimsBot.Core.Governance.Soa;

/// <summary>An approved Statement of Applicability: version N, frozen, with who approved it and when.</summary>
public sealed class SoaVersion
{
    /// <summary>The version number (1, 2, ...), also the document id.</summary>
    public int Id { get; set; }

    public DateTime ApprovedAt { get; set; }

    /// <summary>Who approved it (the committee members whose decisions made the quorum).</summary>
    public List<string> ApprovedBy { get; set; } = [];

    public string RequestedByName { get; set; } = "";

    /// <summary>What changed since the previous version, one line per control (or the first version's counts).</summary>
    public List<string> Changes { get; set; } = [];

    public SoaDocument Document { get; set; } = new();
}
