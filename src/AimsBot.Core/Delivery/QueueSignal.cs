using System.Threading.Channels;

namespace AimsBot.Core.Delivery;

/// <summary>A wake-up flag for a background worker: many signals while it works coalesce into one.</summary>
public sealed class QueueSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    public void Set() => _channel.Writer.TryWrite(true);

    /// <summary>Waits until signalled (or cancelled); consumes the signal.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        await _channel.Reader.ReadAsync(cancellationToken);
    }

    /// <summary>Waits until signalled or the delay passes on the given clock.</summary>
    public async Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signal = _channel.Reader.WaitToReadAsync(linked.Token).AsTask();
        var timer = Task.Delay(delay, time, linked.Token);
        await Task.WhenAny(signal, timer);
        await linked.CancelAsync();
        _channel.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
