namespace AimsBot.Core.Delivery;

/// <summary>How many turns were given up on since the host started (shown by <c>/healthz</c>; each is also logged and kept in the processed turns with its error).</summary>
public sealed class GivenUpTurns
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Add() => Interlocked.Increment(ref _count);
}
