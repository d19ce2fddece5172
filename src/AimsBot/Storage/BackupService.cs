using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage;
using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.Storage;

/// <summary>
/// Makes the backups asked for while the host runs, outside any turn's transaction: an admin's chat
/// <c>backup</c> (answered through the outbox, audit-logged), and the command line's
/// <c>dotnet AimsBot.dll backup &lt;folder&gt;</c>, which leaves a request file beside the store when it
/// finds the store owned by this host (see <see cref="BackupDrop"/>).
/// </summary>
public sealed partial class BackupService(
    BackupRequests requests,
    IStoreBackup backup,
    IUnitOfWork database,
    IAuditLog audit,
    IOutbox outbox,
    TimeProvider time,
    IServiceProvider services,
    ILogger<BackupService> logger) : BackgroundService
{
    private static readonly TimeSpan DropPoll = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            Task.Run(() => AnswerChatAsync(stoppingToken), CancellationToken.None),
            Task.Run(() => WatchDropsAsync(stoppingToken), CancellationToken.None));

    /// <summary>Runs one chat request and queues the answer (for tests and the loop).</summary>
    public void Run(BackupRequest request)
    {
        string answer;
        try
        {
            var made = backup.BackupToNewFolder();
            Log.BackedUp(logger, made.Folder);
            answer = $"Backup done: {made.Folder}\n{made.Describe()}\nTo restore, see the README, \"Backup and restore\".";
            database.InTransaction(() => audit.Record(request.Actor, "store.backup", "store", null, new { made.Folder }));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StoreDamagedException)
        {
            Log.Failed(logger, ex);
            answer = "The backup failed: " + ex.Message;
        }

        database.InTransaction(() => outbox.Enqueue(request.Conversation, [Reply.Say(answer)], "backup:" + request.TurnId));
    }

    /// <summary>Answers every request file the command line left (for tests and the loop); returns how many.</summary>
    public int AnswerDrops()
    {
        var fileLock = services.GetService<StoreFileLock>();
        return fileLock is null || !Directory.Exists(fileLock.RequestFolder)
            ? 0
            : BackupDrop.AnswerAll(fileLock.RequestFolder, backup, folder => Log.BackedUp(logger, folder), ex => Log.Failed(logger, ex));
    }

    private async Task AnswerChatAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in requests.Reader.ReadAllAsync(stoppingToken))
            {
                Run(request);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WatchDropsAsync(CancellationToken stoppingToken)
    {
        if (!backup.Supported)
        {
            return;
        }

        using var timer = new PeriodicTimer(DropPoll, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                AnswerDrops();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 220, Level = LogLevel.Information, Message = "Backed up the main store and the inbox to {Folder}")]
        public static partial void BackedUp(ILogger logger, string folder);

        [LoggerMessage(EventId = 221, Level = LogLevel.Error, Message = "A backup failed")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
