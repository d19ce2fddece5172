namespace AimsBot.Tests.Core.Delivery;

/// <summary>
/// Faults the delivery properties inject, shared by every incarnation of the bot (they outlive a
/// restart): turns that fail once, a crash inside a turn batch before it commits, and a crash after the
/// main store committed but before the inbox file learned it. A crash is an <see cref="OperationCanceledException"/>,
/// the one exception the turn's error handling lets through, as a dying process would.
/// </summary>
internal sealed class DeliveryFaults
{
    private readonly HashSet<string> _failOnce = new(StringComparer.Ordinal);
    private int _crashInTurn = -1;

    /// <summary>The turn noting <paramref name="id"/> fails on its next attempt.</summary>
    public void FailOnce(string id)
    {
        lock (_failOnce)
        {
            _failOnce.Add(id);
        }
    }

    public bool TakeFailure(string id)
    {
        lock (_failOnce)
        {
            return _failOnce.Remove(id);
        }
    }

    /// <summary>The process dies while running the turn after <paramref name="turnsBefore"/> more turns (so mid-batch).</summary>
    public void CrashInTurn(int turnsBefore) => _crashInTurn = turnsBefore;

    public bool CrashAfterCommit { get; set; }

    public void Disarm()
    {
        _crashInTurn = -1;
        CrashAfterCommit = false;
    }

    /// <summary>Called as each turn runs: throws when the armed crash is due.</summary>
    public void Turn()
    {
        if (_crashInTurn == 0)
        {
            _crashInTurn = -1;
            throw new OperationCanceledException("simulated crash inside a turn batch");
        }

        if (_crashInTurn > 0)
        {
            _crashInTurn--;
        }
    }
}
