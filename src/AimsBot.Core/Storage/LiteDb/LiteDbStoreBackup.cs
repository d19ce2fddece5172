using System.Globalization;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// Backs up the two LiteDB files as of one moment: with both engines' locks held (main store first, as
/// the turn processor takes them), each file's committed log is checkpointed into it and the data file
/// copied. The inbox's processed mark therefore never runs ahead of the copied main store. Each copy is
/// then opened and read in full, so a backup that reports success can be restored.
/// </summary>
public sealed class LiteDbStoreBackup(AimsDatabase main, InboxDatabase inbox, IOptions<StorageOptions> options, TimeProvider time, string baseDirectory) : IStoreBackup
{
    public bool Supported => true;

    public StoreBackup BackupToNewFolder()
    {
        var root = options.Value.BackupFolder(baseDirectory);
        var stamp = "aimsbot-" + time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var folder = Path.Combine(root, stamp);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine(root, stamp + "-" + n.ToString(CultureInfo.InvariantCulture));
        }

        return Backup(folder);
    }

    public StoreBackup Backup(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new IOException($"The backup folder {full} is not empty; name a new or empty folder.");
        }

        Directory.CreateDirectory(full);
        var mainCopy = Path.Combine(full, Path.GetFileName(main.FilePath!));
        var inboxCopy = Path.Combine(full, Path.GetFileName(inbox.FilePath));
        if (string.Equals(mainCopy, inboxCopy, StringComparison.Ordinal))
        {
            inboxCopy = Path.Combine(full, "inbox-" + Path.GetFileName(inbox.FilePath));
        }

        var at = main.Exclusive(() => inbox.Exclusive(() =>
        {
            CopyData(main.FilePath!, mainCopy);
            CopyData(inbox.FilePath, inboxCopy);
            return time.GetUtcNow();
        }));
        return new StoreBackup(full, [ReadBack(mainCopy), ReadBack(inboxCopy)], at);
    }

    /// <summary>Copies the data file (readers may share it with the open engine; its log was just checkpointed into it).</summary>
    private static void CopyData(string from, string to)
    {
        using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var target = new FileStream(to, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        source.CopyTo(target);
        target.Flush(flushToDisk: true);
    }

    /// <summary>Opens the copy and reads every document of every collection: damage in the source shows here, not at restore.</summary>
    private static BackedUpFile ReadBack(string copy)
    {
        long documents = 0;
        using (var database = new AimsDatabase(copy, []))
        {
            try
            {
                foreach (var name in database.Database.GetCollectionNames())
                {
                    documents += database.Database.GetCollection(name).FindAll().LongCount();
                }
            }
            catch (Exception ex) when (LiteDbFile.MeansDamaged(ex))
            {
                throw new StoreDamagedException($"The copy {copy} cannot be read back ({ex.Message}): the store it was copied from is damaged. Keep your previous backup.", ex) { File = copy };
            }
        }

        var log = new FileInfo(LiteDbFile.LogOf(copy));
        if (log.Exists && log.Length == 0)
        {
            log.Delete();
        }

        return new BackedUpFile(copy, new FileInfo(copy).Length, documents);
    }
}
