namespace AimsBot.Core.Delivery;

/// <summary>
/// How a batch of inbox turns ended (<see cref="TurnHandler.HandleBatch"/>): committed, or rolled back
/// because the turn at <see cref="FailedAt"/> threw <see cref="Error"/> (-1: the commit itself failed).
/// </summary>
public sealed record TurnBatchResult(int FailedAt, Exception? Error)
{
    public static TurnBatchResult Committed { get; } = new(-1, null);

    public bool IsCommitted => Error is null;
}
