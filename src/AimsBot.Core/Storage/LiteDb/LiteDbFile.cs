using System.Text;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// Facts about a LiteDB file on disk: its <c>-log</c> file, whether its first page looks like LiteDB's,
/// and the message that stops the host when it is damaged.
/// </summary>
public static class LiteDbFile
{
    private const int PageSize = 8192;
    private const int HeaderInfoOffset = 32;
    private const int LastPageIdOffset = 64;
    private const int InvalidStateOffset = 191;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>The write-ahead log LiteDB keeps beside <paramref name="file"/> (<c>aimsbot-log.db</c>).</summary>
    public static string LogOf(string file) =>
        Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + "-log" + Path.GetExtension(file));

    /// <summary>
    /// Why the file cannot be a LiteDB file, read from its first page (null when it may be: a missing or
    /// empty file is a new store). LiteDB itself would take a short foreign file for a new one and write over it.
    /// </summary>
    public static string? HeaderProblem(string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists || info.Length == 0)
        {
            return null;
        }

        if (info.Length < PageSize)
        {
            return FormattableString.Invariant($"it is {info.Length} bytes long, shorter than one LiteDB page");
        }

        if (info.Length % PageSize != 0)
        {
            return FormattableString.Invariant($"it is {info.Length} bytes long, not a whole number of {PageSize}-byte pages: cut short?");
        }

        var header = new byte[InvalidStateOffset + 1];
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            stream.ReadExactly(header);
        }

        if (!header.AsSpan(HeaderInfoOffset, HeaderInfo.Length).SequenceEqual(HeaderInfo))
        {
            return "its first page is not a LiteDB header";
        }

        var lastPage = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(LastPageIdOffset));
        if ((lastPage + 1L) * PageSize > info.Length)
        {
            return FormattableString.Invariant($"its header counts {lastPage + 1L} pages but the file holds {info.Length / PageSize}: cut short?");
        }

        // LiteDB marks a file it found damaged, and would rebuild it at the next open, silently dropping what it cannot read.
        return header[InvalidStateOffset] != 0 ? "LiteDB found it damaged before and marked it so" : null;
    }

    /// <summary>
    /// True when <paramref name="exception"/>, raised while opening or reading a store file, says the
    /// content is damaged (not that the file is locked or not permitted).
    /// </summary>
    public static bool MeansDamaged(Exception exception) =>
        exception is not (IOException or UnauthorizedAccessException or OutOfMemoryException or StoreDamagedException or OperationCanceledException);

    /// <summary>The error that stops the host: names the file, says what was found and how to recover.</summary>
    public static StoreDamagedException Damaged(string file, bool inbox, string reason, Exception? inner = null)
    {
        var log = LogOf(file);
        var recovery = inbox
            ? $"To recover: move {file} (and {log} if it exists) out of the way and start again. A new, empty inbox is made and linked to the main store; " +
              "turns the damaged inbox held but had not run yet are lost. Its backup brings back nothing the main store lacks (README, \"Backup and restore\")."
            : $"To recover: move {file} (and {log} if it exists) out of the way, copy {Path.GetFileName(file)} from your newest backup folder (made by `dotnet AimsBot.dll backup <folder>` or the admin command `backup`) " +
              "to that path, keep the inbox file, and start again: the waiting turns still run, and the turns that ran after the backup are not run again (README, \"Backup and restore\"). " +
              "Without a backup, moving the file away starts an empty store.";
        var message = $"AimsBot cannot start: the {(inbox ? "inbox file" : "main store")} {file} is damaged ({reason}).{Environment.NewLine}{recovery}";
        return inner is null ? new StoreDamagedException(message) { File = file } : new StoreDamagedException(message, inner) { File = file };
    }
}
