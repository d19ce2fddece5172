namespace AimsBot.Core.Governance.Controls;

/// <summary>Whether a piece of clause-level work is done, and what the records show.</summary>
public sealed record ClauseWorkState(bool Done, string Detail);
