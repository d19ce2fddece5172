namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// Says that one process owns the LiteDB files: a lock file beside the main store
/// (<c>aimsbot.host.lock</c>), held open without sharing for as long as the host runs. LiteDB itself
/// does not stop a second process opening the same file on Linux, where two writers damage it; the
/// <c>backup</c> command uses the lock to tell whether a host is running (and then asks it for the copy).
/// </summary>
public sealed class StoreFileLock(string mainFile) : IDisposable
{
    private readonly Lock _gate = new();
    private FileStream? _held;

    /// <summary>The lock file's path.</summary>
    public string Path { get; } = LockFileOf(mainFile);

    /// <summary>The main store this lock guards.</summary>
    public string MainFile { get; } = System.IO.Path.GetFullPath(mainFile);

    /// <summary>The folder where the <c>backup</c> command leaves requests for the running host.</summary>
    public string RequestFolder => RequestFolderOf(MainFile);

    public static string LockFileOf(string mainFile) =>
        System.IO.Path.ChangeExtension(System.IO.Path.GetFullPath(mainFile), ".host.lock");

    public static string RequestFolderOf(string mainFile) =>
        System.IO.Path.ChangeExtension(System.IO.Path.GetFullPath(mainFile), ".backup-requests");

    /// <summary>Takes the lock (again a no-op when held); false when another process holds it.</summary>
    public bool TryAcquire()
    {
        lock (_gate)
        {
            if (_held is not null)
            {
                return true;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            try
            {
                _held = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _held?.Dispose();
            _held = null;
        }
    }
}
