using System.Threading.Channels;
using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Delivery;

/// <summary>
/// The single inbox writer (group commit): edges queue turns; one loop inserts everything queued in
/// one LiteDB transaction and completes each waiting edge after the commit. Durable before the ack,
/// and about one commit per batch instead of one per request.
/// </summary>
public sealed partial class InboxWriter : IInboxWriter, IDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly AimsDatabase _database;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger<InboxWriter> _logger;
    private readonly int _batchSize;
    private readonly Task _loop;
    private int _waiting;

    public InboxWriter(AimsDatabase database, InboxSignal signal, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<InboxWriter> logger)
    {
        _database = database;
        _signal = signal;
        _time = time;
        _logger = logger;
        _batchSize = options.Value.InboxBatchSize;
        _loop = Task.Factory.StartNew(RunAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>
    /// True while edges are waiting for a commit. The processor steps aside between turns then: the
    /// store takes one writer at a time, and an acknowledgement should not queue behind processing.
    /// </summary>
    public bool HasWaitingTurns => Volatile.Read(ref _waiting) > 0;

    public static string DeliveryKey(IncomingTurn turn) => turn.Platform.ToString().ToLowerInvariant() + ":" + turn.Id;

    public ValueTask<InboxAcceptance> AcceptAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        var pending = new Pending(turn, new TaskCompletionSource<InboxAcceptance>(TaskCreationOptions.RunContinuationsAsynchronously));
        Interlocked.Increment(ref _waiting);
        if (!_queue.Writer.TryWrite(pending))
        {
            Interlocked.Decrement(ref _waiting);
            throw new InvalidOperationException("The inbox is shutting down.");
        }

        return new ValueTask<InboxAcceptance>(pending.Completion.Task.WaitAsync(cancellationToken));
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_batchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _batchSize && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                InboxAcceptance[] results;
                try
                {
                    results = Commit(batch);
                }
                finally
                {
                    Interlocked.Add(ref _waiting, -batch.Count);
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Completion.TrySetResult(results[i]);
                }

                _signal.Signal.Set();
            }
            catch (Exception ex)
            {
                Log.CommitFailed(_logger, ex, batch.Count);
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(ex);
                }
            }
        }
    }

    private InboxAcceptance[] Commit(List<Pending> batch)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var results = new InboxAcceptance[batch.Count];
        _database.InTransaction(() =>
        {
            var inbox = _database.Collection<InboxItem>(CollectionNames.Inbox);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var fresh = new List<InboxItem>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var key = DeliveryKey(batch[i].Turn);
                if (!seen.Add(key) || inbox.Exists(x => x.DeliveryKey == key))
                {
                    results[i] = InboxAcceptance.Duplicate;
                    continue;
                }

                results[i] = InboxAcceptance.Accepted;
                fresh.Add(new InboxItem { DeliveryKey = key, Turn = DeliveryJson.Write(batch[i].Turn), ReceivedAt = now });
            }

            if (fresh.Count > 0)
            {
                inbox.InsertBulk(fresh);
            }

            return fresh.Count;
        });
        return results;
    }

    private sealed record Pending(IncomingTurn Turn, TaskCompletionSource<InboxAcceptance> Completion);

    private static partial class Log
    {
        [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "Inbox commit of {Count} turns failed")]
        public static partial void CommitFailed(ILogger logger, Exception exception, int count);
    }
}
