namespace AimsBot.Core.Governance.Controls;

/// <summary>An Annex A objective (for example <c>A.6</c> AI system life cycle).</summary>
public sealed record ControlObjective(string Id, string Title)
{
    public string Label => Id + " " + Title;
}
