namespace AimsBot.Core.Governance.Soa;

/// <summary>What the first sheet of an SoA export says about the document: whose, which version, approved by whom.</summary>
/// <param name="Version">The approved version exported, or null for the draft.</param>
/// <param name="History">Every approved version (for the change history), oldest first.</param>
public sealed record SoaDocumentControl(
    string Organisation,
    string Scope,
    SoaVersion? Version,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    IReadOnlyList<SoaVersion> History);
