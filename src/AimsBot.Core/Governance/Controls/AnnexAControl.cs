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
    IReadOnlyList<string> Questions)
{
    /// <summary>The sub-objective the control sits in (A.6.1 or A.6.2), or null for objectives without parts.</summary>
    public ControlObjective? Part { get; init; }

    /// <summary>
    /// ISO 27001 controls AimsBot suggests beyond the reference mapping (physical controls that serve AI
    /// infrastructure). Never in force until an admin links them (<c>mapping A.4.5 add A.7.8</c>), audit-logged.
    /// </summary>
    public IReadOnlyList<string> SuggestedIso27001 { get; init; } = [];

    /// <summary>"A.6.2 AI system life cycle" under A.6, else the objective's label.</summary>
    public string Section => Part?.Label ?? Objective.Label;
}
