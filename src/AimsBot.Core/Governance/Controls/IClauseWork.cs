namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// One piece of clause-level work the gap and SoA progress count beside the Annex A controls (for
/// example "risks assessed for every production system"), judged from the records each time it is shown.
/// </summary>
public interface IClauseWork
{
    /// <summary>The clause or clauses it serves, for example <c>6.1.2</c> or <c>8.2</c>.</summary>
    string Clause { get; }

    string Title { get; }

    ClauseWorkState Evaluate();
}
