using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>
/// One incarnation of the bot over the LiteDB files in a folder: the real composition, the host's turn
/// processor and outbox sender driven by hand, a Connector that outlives it. Disposing it is the crash
/// (what was committed stays, nothing else); a new node on the same folder is the restart.
/// </summary>
internal sealed class DeliveryNode : IDisposable
{
    public DeliveryNode(string folder, DeliveryFaults faults, FlakyConnector connector, DateTimeOffset? now)
    {
        Chat = new TranscriptHarness(
            new() { ["Storage:Path"] = Path.Combine(folder, "aimsbot.db"), ["Delivery:TurnBatchSize"] = "4" },
            services =>
            {
                services.AddSingleton(faults);
                services.AddSingleton<IDialog, DeliveryNoteDialog>();
                services.AddSingleton<LiteDbInboxStore>();
                services.Replace(ServiceDescriptor.Singleton<IInboxStore>(p => new CrashingInboxStore(p.GetRequiredService<LiteDbInboxStore>(), faults)));
            });
        if (now is { } at)
        {
            Chat.Time.SetUtcNow(at);
        }

        var options = Chat.Get<IOptions<DeliveryOptions>>();
        Processor = new TurnProcessor(
            Chat.Get<InboxWriter>(), Chat.Get<InboxCursor>(), Chat.Get<IProcessedTurns>(), Chat.Get<IOutboxStore>(), Chat.Get<ICardActionLog>(),
            Chat.Get<InboxSignal>(), Chat.Get<InboxTurnRunner>(), Chat.Time, options, NullLogger<TurnProcessor>.Instance);
        Dispatcher = new OutboxDispatcher(
            Chat.Get<IOutboxStore>(), Chat.Get<OutboxSignal>(), [connector], new DestinationCircuits(), Chat.Time, options, NullLogger<OutboxDispatcher>.Instance,
            handoff: Chat.Get<OutboxHandoff>());
    }

    public TranscriptHarness Chat { get; }

    public TurnProcessor Processor { get; }

    public OutboxDispatcher Dispatcher { get; }

    public void Dispose() => Chat.Dispose();

    /// <summary>The real inbox store, except that it can die just before recording the processed mark.</summary>
    private sealed class CrashingInboxStore(LiteDbInboxStore inner, DeliveryFaults faults) : IInboxStore
    {
        public long LastId() => inner.LastId();

        public string Generation() => inner.Generation();

        public long ProcessedMark() => inner.ProcessedMark();

        public void MarkProcessed(long position)
        {
            if (faults.CrashAfterCommit)
            {
                faults.CrashAfterCommit = false;
                throw new OperationCanceledException("simulated crash after the main store committed");
            }

            inner.MarkProcessed(position);
        }

        public IReadOnlyList<string> NewestKeys(int count) => inner.NewestKeys(count);

        public void Append(IReadOnlyList<InboxItem> items, DateTime receivedAt) => inner.Append(items, receivedAt);

        public void TurnOffAutomaticCheckpoints() => inner.TurnOffAutomaticCheckpoints();

        public void Checkpoint() => inner.Checkpoint();

        public IReadOnlyList<InboxItem> After(long position, int take) => inner.After(position, take);

        public int CountAfter(long position) => inner.CountAfter(position);

        public int PurgeOldest(DateTime cutoff, long position, int take) => inner.PurgeOldest(cutoff, position, take);
    }
}
