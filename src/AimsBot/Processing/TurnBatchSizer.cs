namespace AimsBot.Processing;

/// <summary>
/// Sizes the turn processor's batches by time, not only by count: from how long recent turns took
/// (a moving average), as many turns as fit in <paramref name="budget"/>, at least one and at most
/// <paramref name="most"/>. One batch is one main-store transaction, and the store is locked for it, so
/// the outbox sender and synchronous answers wait at most about the budget; a turn that got slower
/// (a bigger store, a busier machine) shrinks the next batch instead of lengthening the wait.
/// </summary>
internal sealed class TurnBatchSizer(TimeSpan budget, int most)
{
    /// <summary>How much the latest batch counts in the average (the rest is the history).</summary>
    private const double Weight = 0.3;

    private double _ticksPerTurn;

    /// <summary>How many turns the next batch takes.</summary>
    public int Next =>
        _ticksPerTurn <= 0 ? most : (int)Math.Clamp(budget.Ticks / _ticksPerTurn, 1, most);

    /// <summary>Records that <paramref name="turns"/> turns ran in <paramref name="elapsed"/>.</summary>
    public void Ran(int turns, TimeSpan elapsed)
    {
        if (turns <= 0)
        {
            return;
        }

        var perTurn = (double)elapsed.Ticks / turns;
        _ticksPerTurn = _ticksPerTurn <= 0 ? perTurn : (Weight * perTurn) + ((1 - Weight) * _ticksPerTurn);
    }
}
