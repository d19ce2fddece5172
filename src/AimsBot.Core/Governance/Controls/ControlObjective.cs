namespace AimsBot.Core.Governance.Controls;

/// <summary>An Annex A objective (for example <c>A.6</c> AI system life cycle), with its sub-objectives when it has any.</summary>
public sealed record ControlObjective(string Id, string Title)
{
    /// <summary>Sub-objectives (A.6.1, A.6.2), empty for the other objectives.</summary>
    public IReadOnlyList<ControlObjective> Parts { get; init; } = [];

    public string Label => Id + " " + Title;

    /// <summary>The sub-objective a control id is numbered under, or null.</summary>
    public ControlObjective? PartOf(string controlId) =>
        Parts.FirstOrDefault(p => controlId.StartsWith(p.Id + ".", StringComparison.Ordinal));
}
