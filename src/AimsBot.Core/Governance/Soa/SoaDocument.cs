namespace AimsBot.Core.Governance.Soa;

/// <summary>
/// The Statement of Applicability's content: every control's answer and the evidence. The draft is
/// captured from the live records; an approved version keeps its own frozen copy.
/// </summary>
public sealed class SoaDocument
{
    public List<SoaEntry> Controls { get; set; } = [];

    public List<SoaEvidenceEntry> Evidence { get; set; } = [];
}
