namespace AimsBot.Core.Delivery;

/// <summary>
/// How far the processor has got through the inbox (an inbox id): everything up to it has been run.
/// Starts where <see cref="IProcessedTurns"/> says the last run left off.
/// </summary>
public sealed class InboxCursor(long position)
{
    private long _position = position;

    public long Position => Volatile.Read(ref _position);

    public void MoveTo(long position) => Volatile.Write(ref _position, position);
}
