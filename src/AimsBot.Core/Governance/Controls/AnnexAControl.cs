namespace AimsBot.Core.Governance.Controls;

/// <summary>One ISO/IEC 42001 Annex A control as shipped in the catalogue (id, short title, own guidance).</summary>
/// <param name="Iso27001">The shipped ISO 27001:2022 links (a starting point the organisation may edit).</param>
/// <param name="Questions">AimsBot's own plain-language guidance questions, never the standard's text.</param>
public sealed record AnnexAControl(
    string Id,
    string Title,
    ControlObjective Objective,
    IReadOnlyList<string> Iso27001,
    ReuseKind Reuse,
    IReadOnlyList<string> Questions);
