using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Dialogs.Delivery;

/// <summary>
/// <c>backup</c>: a consistent copy of the main store and the inbox, made while the bot runs, in a new
/// folder under <c>Storage:BackupPath</c>. The copy is made in the background (it waits for every open
/// transaction, this turn's included) and the admin is told where it is. Admins only.
/// </summary>
public sealed class BackupDialog(IStoreBackup backup, BackupRequests requests) : IDialog
{
    public string Name => "backup";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("backup", "backup", "Copy the bot's store and inbox now (while it runs) into a new backup folder.") { AdminOnly = true },
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (!context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can back up the bot's data.");
        }
        else if (!string.IsNullOrWhiteSpace(context.Arguments))
        {
            context.Say("Type **backup** on its own: the copy goes to a new folder under the configured backup path (`Storage:BackupPath`). Nothing was copied.");
        }
        else if (!backup.Supported)
        {
            context.Say("This bot keeps its data in PostgreSQL, which is backed up with its own tools (pg_dump, or the server's base backups); see the README, \"Backup and restore\". Nothing was copied.");
        }
        else if (requests.TryQueue(new BackupRequest(context.Actor, context.Turn.Conversation, context.Turn.Id)))
        {
            context.Say("Backing up the main store and the inbox now. I'll tell you here where the copy is when it is done.");
        }
        else
        {
            context.Say("Several backups are already waiting to run. Try again in a minute; nothing was queued.");
        }

        return ValueTask.CompletedTask;
    }
}
