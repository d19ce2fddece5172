namespace AimsBot.Core.Governance.Controls;

/// <summary>What one typed entry of a controls field picked.</summary>
/// <param name="Entry">The entry as typed.</param>
/// <param name="Id">The control as stored, or null when the entry picks none.</param>
/// <param name="Candidates">For a keyword that fits several controls, the first few of them; empty otherwise.</param>
public sealed record ControlPick(string Entry, string? Id, IReadOnlyList<string> Candidates);
