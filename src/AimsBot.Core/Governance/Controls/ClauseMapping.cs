namespace AimsBot.Core.Governance.Controls;

/// <summary>One row of the clause table: what a clause takes from the ISMS and what AI adds.</summary>
public sealed record ClauseMapping(string Clause, string Title, ReuseKind Kind, string FromIsms, string Addition);
