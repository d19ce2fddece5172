using System.Collections.Concurrent;
using AimsBot.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Delivery;

/// <summary>
/// The one thread that touches the inbox file (<see cref="IInboxStore"/>). Edges queue turns; the
/// loop inserts everything queued in one transaction (group commit) and completes each waiting edge
/// after the commit: durable before the ack, one commit per batch rather than per request, and never
/// behind a turn's transaction in the main store. The processor's reads and the purge run here too,
/// between commits, at this thread's priority, so the processor (which runs at a lowered priority)
/// never holds the inbox while it waits for the CPU. Checkpoints run here when the queue is idle.
/// A batch is one document (<see cref="InboxBatch"/>), and redeliveries are recognised against the
/// newest keys held in memory (<see cref="RecentDeliveryKeys"/>), so a commit costs one insert
/// whatever its size. The thread sleeps on an event while the queue is empty rather than spinning:
/// under load the CPU it would burn belongs to the requests.
/// </summary>
public sealed partial class InboxWriter : IInboxWriter, IDisposable
{
    /// <summary>Commits after which the writer copies the log into the data file once the queue is idle.</summary>
    private const int CheckpointWhenIdleAfter = 32;

    /// <summary>Commits after which it does so even under load (bounds the log and the next start).</summary>
    private const int CheckpointAfter = 1024;

    private readonly ConcurrentQueue<Work> _queue = new();
    private readonly ManualResetEventSlim _arrived = new(initialState: false, spinCount: 1);
    private readonly IInboxStore _store;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger<InboxWriter> _logger;
    private readonly int _batchSize;
    private readonly RecentDeliveryKeys _recent;
    private readonly Task _loop;
    private volatile bool _closed;
    private long _lastId;
    private int _commitsSinceCheckpoint;

    public InboxWriter(IInboxStore store, InboxSignal signal, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<InboxWriter> logger)
    {
        _store = store;
        _signal = signal;
        _time = time;
        _logger = logger;
        _batchSize = options.Value.InboxBatchSize;
        _lastId = store.LastId();
        LastIdAtOpen = _lastId;
        _recent = new RecentDeliveryKeys(options.Value.InboxRecentKeys);
        foreach (var key in store.NewestKeys(options.Value.InboxRecentKeys))
        {
            _recent.Add(key);
        }

        _store.TurnOffAutomaticCheckpoints();
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The inbox's highest id when the writer opened it, before this run accepted anything.</summary>
    public long LastIdAtOpen { get; }

    public static string DeliveryKey(IncomingTurn turn) => turn.Platform.ToString().ToLowerInvariant() + ":" + turn.Id;

    public ValueTask<InboxAcceptance> AcceptAsync(IncomingTurn turn, CancellationToken cancellationToken)
    {
        // Serialised on the caller's thread: the writer's commit holds the inbox only for the inserts.
        var accept = new Accept(DeliveryKey(turn), DeliveryJson.Write(turn));
        Enqueue(accept);
        return new ValueTask<InboxAcceptance>(accept.Completion.Task.WaitAsync(cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer's thread, after the acknowledgements queued before
    /// it, and blocks until it is done (for the processor's own thread; its exceptions are rethrown).
    /// </summary>
    public T Execute<T>(Func<IInboxStore, T> work)
    {
        var command = new Command<T>(work);
        Enqueue(command);
        return command.Completion.Task.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _closed = true;
        _arrived.Set();
        if (_loop.Wait(TimeSpan.FromSeconds(5)))
        {
            _arrived.Dispose();
        }
    }

    private void Enqueue(Work work)
    {
        if (_closed)
        {
            throw new InvalidOperationException("The inbox is shutting down.");
        }

        _queue.Enqueue(work);
        _arrived.Set();
    }

    /// <summary>Blocks until work is queued; false once closed with nothing left to do.</summary>
    private bool WaitForWork()
    {
        while (_queue.IsEmpty)
        {
            if (_closed)
            {
                return false;
            }

            // Reset, then look again: an item queued in between has set the event after the reset.
            _arrived.Reset();
            if (_queue.IsEmpty && !_closed)
            {
                _arrived.Wait();
            }
        }

        return true;
    }

    private void Run()
    {
        var accepts = new List<Accept>(_batchSize);
        var commands = new List<Command>();
        while (WaitForWork())
        {
            accepts.Clear();
            commands.Clear();
            var drained = false;
            while (accepts.Count < _batchSize)
            {
                if (!_queue.TryDequeue(out var next))
                {
                    drained = true;
                    break;
                }

                if (next is Accept accept)
                {
                    accepts.Add(accept);
                }
                else if (next is Command command)
                {
                    commands.Add(command);
                }
            }

            // Acknowledgements first: a person is waiting on each of them.
            if (accepts.Count > 0)
            {
                CommitAccepts(accepts);
            }

            foreach (var command in commands)
            {
                command.RunOn(_store);
            }

            CheckpointIfDue(idle: drained && _queue.IsEmpty);
        }
    }

    private void CommitAccepts(List<Accept> accepts)
    {
        try
        {
            var results = Commit(accepts);
            _commitsSinceCheckpoint++;
            for (var i = 0; i < accepts.Count; i++)
            {
                accepts[i].Completion.TrySetResult(results[i]);
            }

            _signal.Signal.Set();
        }
        catch (Exception ex)
        {
            Log.CommitFailed(_logger, ex, accepts.Count);
            foreach (var accept in accepts)
            {
                accept.Completion.TrySetException(ex);
            }
        }
    }

    /// <summary>
    /// Stores the batch's new turns in one transaction; a key seen among the newest turns (or twice in
    /// the batch) is a redelivery and is not stored again. The window learns the keys only once they
    /// are committed.
    /// </summary>
    private InboxAcceptance[] Commit(List<Accept> batch)
    {
        var results = new InboxAcceptance[batch.Count];
        var fresh = new List<InboxItem>(batch.Count);
        var inBatch = new HashSet<string>(StringComparer.Ordinal);
        var now = _time.GetUtcNow().UtcDateTime;
        var lastId = _lastId;
        for (var i = 0; i < batch.Count; i++)
        {
            var key = batch[i].DeliveryKey;
            if (_recent.Contains(key) || !inBatch.Add(key))
            {
                results[i] = InboxAcceptance.Duplicate;
                continue;
            }

            results[i] = InboxAcceptance.Accepted;
            fresh.Add(new InboxItem { Id = ++lastId, DeliveryKey = key, Turn = batch[i].TurnJson, ReceivedAt = now });
        }

        if (fresh.Count > 0)
        {
            _store.Append(fresh, now);
        }

        _lastId = lastId;
        foreach (var item in fresh)
        {
            _recent.Add(item.DeliveryKey);
        }

        return results;
    }

    /// <summary>
    /// Copies the log into the data file while nobody waits (LiteDB would otherwise do it inside
    /// whichever commit crosses its threshold, and that acknowledgement would wait for it).
    /// </summary>
    private void CheckpointIfDue(bool idle)
    {
        if ((idle && _commitsSinceCheckpoint >= CheckpointWhenIdleAfter) || _commitsSinceCheckpoint >= CheckpointAfter)
        {
            try
            {
                _store.Checkpoint();
                _commitsSinceCheckpoint = 0;
            }
            catch (Exception ex)
            {
                // Never fatal for the writer: LiteDB checkpoints again at the next attempt or at close.
                Log.CheckpointFailed(_logger, ex);
            }
        }
    }

    private abstract class Work;

    private abstract class Command : Work
    {
        public abstract void RunOn(IInboxStore store);
    }

    private sealed class Accept(string deliveryKey, string turnJson) : Work
    {
        public string DeliveryKey { get; } = deliveryKey;

        public string TurnJson { get; } = turnJson;

        public TaskCompletionSource<InboxAcceptance> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Command<T>(Func<IInboxStore, T> work) : Command
    {
        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void RunOn(IInboxStore store)
        {
            try
            {
                Completion.TrySetResult(work(store));
            }
            catch (Exception ex)
            {
                Completion.TrySetException(ex);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "Inbox commit of {Count} turns failed")]
        public static partial void CommitFailed(ILogger logger, Exception exception, int count);

        [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Inbox checkpoint failed; LiteDB will retry at the next one")]
        public static partial void CheckpointFailed(ILogger logger, Exception exception);
    }
}
