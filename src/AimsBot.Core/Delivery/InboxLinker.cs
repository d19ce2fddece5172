using AimsBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace AimsBot.Core.Delivery;

/// <summary>
/// At start, makes the inbox file and the main store recognise each other, and says where the
/// processor resumes. The inbox carries a generation id (made with the file) and a mark of how far its
/// turns were run (written after the main store committed them, so it never runs ahead); the main
/// store keeps the generation it works with and the inbox id of each turn it ran.
/// <list type="bullet">
/// <item>Same inbox, store level with the mark: resume after the store's last turn.</item>
/// <item>Another inbox (the file was deleted or replaced, or is older than the store): the store
/// forgets the old file's ids and resumes after the new file's mark, so its new turns all run; the
/// store's delivery keys still stop a turn it ran from running twice.</item>
/// <item>Same inbox, store behind the mark (restored from a backup): the turns in between ran before
/// the restore; they are recorded as settled, with a note, and not run again.</item>
/// </list>
/// Anything but the first is logged as a warning and shown by <c>/healthz</c>.
/// </summary>
public sealed partial class InboxLinker(InboxWriter inbox, IProcessedTurns processed, IUnitOfWork database, InboxLinkStatus status, ILogger<InboxLinker> logger)
{
    private const int Chunk = 500;

    /// <summary>
    /// The generation of an inbox kept in the main store's own database (PostgreSQL): the two cannot drift
    /// apart, so there is nothing to link.
    /// </summary>
    public const string SameDatabase = "same-database";

    /// <summary>Links the two files and returns the inbox id after which the processor resumes.</summary>
    public long Link()
    {
        var (generation, mark, last) = inbox.Execute(store => (store.Generation(), store.ProcessedMark(), store.LastId()));
        if (generation == SameDatabase)
        {
            status.Set(InboxLinkState.Matched, generation, null);
            return processed.LastInboxId();
        }

        var linked = processed.LinkedInbox();
        var position = processed.LastInboxId();
        if (linked is not null && (linked != generation || position > inbox.LastIdAtOpen))
        {
            processed.LinkInbox(generation, forgetPositions: true);
            var notice = $"The inbox file is not the one the main store last worked with (deleted, replaced or restored from a backup): linked to it (generation {generation}). " +
                $"Turns the previous inbox held but had not run are not in this file; {last - mark} waiting turns of this file will run, each once.";
            status.Set(InboxLinkState.InboxReplaced, generation, notice);
            Log.InboxReplaced(logger, linked, generation, last - mark);
            return mark;
        }

        if (linked is null)
        {
            processed.LinkInbox(generation, forgetPositions: false);
        }

        if (mark > position)
        {
            var settled = SettleRunBefore(position, mark);
            var notice = $"The main store is behind the inbox (restored from a backup?): {settled} turns that ran before the restore were not run again (their effects since the backup are lost; each is recorded with a note).";
            status.Set(InboxLinkState.StoreBehind, generation, notice);
            Log.StoreBehind(logger, position, mark, settled);
            return mark;
        }

        status.Set(InboxLinkState.Matched, generation, null);
        return position;
    }

    /// <summary>Records the turns after <paramref name="from"/> up to <paramref name="to"/> as run, a chunk per transaction.</summary>
    private int SettleRunBefore(long from, long to)
    {
        var count = 0;
        var position = from;
        while (position < to)
        {
            var start = position;
            var items = inbox.Execute(store => store.After(start, Chunk)).Where(x => x.Id <= to).ToList();
            if (items.Count == 0)
            {
                break;
            }

            database.InTransaction(() =>
            {
                foreach (var item in items)
                {
                    processed.RecordFailure(item.DeliveryKey, item.Id, "Ran before the main store was restored from a backup; not run again.");
                }

                return 0;
            });
            count += items.Count;
            position = items[^1].Id;
        }

        return count;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 210, Level = LogLevel.Warning, Message = "The inbox file (generation {Generation}) is not the one the main store worked with (generation {Previous}); linked to it, {Waiting} waiting turns will run. Turns the previous inbox held but had not run are not in this file")]
        public static partial void InboxReplaced(ILogger logger, string previous, string generation, long waiting);

        [LoggerMessage(EventId = 211, Level = LogLevel.Warning, Message = "The main store is behind the inbox (its last turn {Position}, the inbox's mark {Mark}): restored from a backup? {Settled} turns that ran before were recorded as settled and not run again")]
        public static partial void StoreBehind(ILogger logger, long position, long mark, int settled);
    }
}
