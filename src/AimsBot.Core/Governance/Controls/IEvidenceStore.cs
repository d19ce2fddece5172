namespace AimsBot.Core.Governance.Controls;

/// <summary>Evidence items, each stored once, found by the controls they serve.</summary>
public interface IEvidenceStore
{
    EvidenceItem? Get(long id);

    /// <summary>An item already stored at this location (case-insensitive), if any.</summary>
    EvidenceItem? FindByLocation(string location);

    IReadOnlyList<EvidenceItem> ForIso42001(string controlId);

    IReadOnlyList<EvidenceItem> ForIso27001(string controlId);

    /// <summary>Adds a new item (its id is assigned) or updates an existing one.</summary>
    void Save(EvidenceItem item);

    int Count();

    IEnumerable<EvidenceItem> All();
}
