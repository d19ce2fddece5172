namespace AimsBot.Core.Governance.Soa;

/// <summary>One evidence item as it stood when the SoA was captured.</summary>
public sealed class SoaEvidenceEntry
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    public string Location { get; set; } = "";

    public List<string> Iso42001 { get; set; } = [];

    public List<string> Iso27001 { get; set; } = [];

    public string AddedByName { get; set; } = "";

    public DateTime AddedAt { get; set; }
}
