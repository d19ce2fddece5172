namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// One piece of evidence, stored once and linked to every control it serves, in either standard
/// (an access-log policy can serve ISO 27001 A.8.15 and ISO 42001 A.6.2.8).
/// </summary>
public sealed class EvidenceItem
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>An http(s) link or a plain location ("ISMS SharePoint › Policies").</summary>
    public string Location { get; set; } = "";

    /// <summary>Lower-cased location, to find an item that is already stored.</summary>
    public string NormalizedLocation { get; set; } = "";

    public List<string> Iso42001 { get; set; } = [];

    public List<string> Iso27001 { get; set; } = [];

    public string AddedByKey { get; set; } = "";

    public string AddedByName { get; set; } = "";

    public DateTime AddedAt { get; set; }
}
