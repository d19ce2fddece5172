using System.Threading.Channels;

namespace AimsBot.Core.Storage;

/// <summary>
/// Backups asked for in chat. A turn runs inside its transaction, and a backup must wait for every
/// transaction to end, so the dialog only queues the request here and a background service copies the
/// store and answers the admin through the outbox. Requests are kept in memory: one lost in a crash
/// simply never answers, and the admin asks again.
/// </summary>
public sealed class BackupRequests
{
    private readonly Channel<BackupRequest> _queue = Channel.CreateBounded<BackupRequest>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropWrite });

    public ChannelReader<BackupRequest> Reader => _queue.Reader;

    /// <summary>Queues a request; false when several are already waiting.</summary>
    public bool TryQueue(BackupRequest request) => _queue.Writer.TryWrite(request);
}
