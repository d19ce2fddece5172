using System.Threading.Channels;
using AimsBot.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Delivery;

/// <summary>
/// The one thread that touches the inbox file (<see cref="InboxDatabase"/>). Edges queue turns; the
/// loop inserts everything queued in one transaction (group commit) and completes each waiting edge
/// after the commit: durable before the ack, one commit per batch rather than per request, and never
/// behind a turn's transaction in the main store. The processor's reads and the purge run here too,
/// between commits, at this thread's priority, so the processor (which runs at a lowered priority)
/// never holds the inbox while it waits for the CPU. Checkpoints run here when the queue is idle.
/// </summary>
public sealed partial class InboxWriter : IInboxWriter, IDisposable
{
    /// <summary>Commits after which the writer copies the log into the data file once the queue is idle.</summary>
    private const int CheckpointWhenIdleAfter = 32;

    /// <summary>Commits after which it does so even under load (bounds the log and the next start).</summary>
    private const int CheckpointAfter = 1024;

    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly InboxDatabase _database;
    private readonly InboxStore _store;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger<InboxWriter> _logger;
    private readonly int _batchSize;
    private readonly Task _loop;
    private long _lastId;
    private int _commitsSinceCheckpoint;

    public InboxWriter(InboxDatabase database, InboxStore store, InboxSignal signal, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<InboxWriter> logger)
    {
        _database = database;
        _store = store;
        _signal = signal;
        _time = time;
        _logger = logger;
        _batchSize = options.Value.InboxBatchSize;
        _lastId = database.LastId();
        _database.TurnOffAutomaticCheckpoints();
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

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
    public T Execute<T>(Func<InboxStore, T> work)
    {
        var command = new Command<T>(work);
        Enqueue(command);
        return command.Completion.Task.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private void Enqueue(Work work)
    {
        if (!_queue.Writer.TryWrite(work))
        {
            throw new InvalidOperationException("The inbox is shutting down.");
        }
    }

    private void Run()
    {
        var accepts = new List<Accept>(_batchSize);
        var commands = new List<Command>();
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            accepts.Clear();
            commands.Clear();
            var drained = false;
            while (accepts.Count < _batchSize)
            {
                if (!_queue.Reader.TryRead(out var next))
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

            CheckpointIfDue(idle: drained && !_queue.Reader.TryPeek(out _));
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
    /// Inserts the batch in one transaction. Redeliveries are rare, so the batch is first inserted
    /// without looking each key up; if the unique index refuses one, that transaction rolls back and
    /// the batch is committed again with every key checked.
    /// </summary>
    private InboxAcceptance[] Commit(List<Accept> batch)
    {
        try
        {
            return Commit(batch, checkEach: false);
        }
        catch (LiteDB.LiteException ex) when (ex.ErrorCode == LiteDB.LiteException.INDEX_DUPLICATE_KEY)
        {
            return Commit(batch, checkEach: true);
        }
    }

    private InboxAcceptance[] Commit(List<Accept> batch, bool checkEach)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var results = new InboxAcceptance[batch.Count];
        var lastId = _lastId;
        _database.InTransaction(() =>
        {
            var inbox = _database.Items;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var fresh = new List<InboxItem>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var key = batch[i].DeliveryKey;
                if (!seen.Add(key) || (checkEach && inbox.Exists(x => x.DeliveryKey == key)))
                {
                    results[i] = InboxAcceptance.Duplicate;
                    continue;
                }

                results[i] = InboxAcceptance.Accepted;
                var id = ++lastId;
                fresh.Add(new InboxItem { Id = id, DeliveryKey = key, Turn = batch[i].TurnJson, ReceivedAt = now });
            }

            if (fresh.Count > 0)
            {
                inbox.InsertBulk(fresh);
            }

            return fresh.Count;
        });
        _lastId = lastId;
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
                _database.Checkpoint();
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
        public abstract void RunOn(InboxStore store);
    }

    private sealed class Accept(string deliveryKey, string turnJson) : Work
    {
        public string DeliveryKey { get; } = deliveryKey;

        public string TurnJson { get; } = turnJson;

        public TaskCompletionSource<InboxAcceptance> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Command<T>(Func<InboxStore, T> work) : Command
    {
        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void RunOn(InboxStore store)
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
