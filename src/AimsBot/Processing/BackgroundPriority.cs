using System.Runtime.InteropServices;

namespace AimsBot.Processing;

/// <summary>
/// Lowers the calling thread's scheduling priority, so background processing takes the CPU only
/// when request threads do not need it: an acknowledgement never queues behind a running turn.
/// Windows has thread priorities; on Linux each thread has its own nice value, and raising it
/// needs no privilege. Elsewhere (or if refused) the thread keeps its priority: a slower
/// acknowledgement, never a failure.
/// </summary>
internal static partial class BackgroundPriority
{
    private const int PriorityProcess = 0;

    /// <summary>Gives the calling thread <paramref name="nice"/> (0 leaves it as it is); returns whether it changed.</summary>
    public static bool LowerCurrentThread(int nice)
    {
        if (nice <= 0)
        {
            return false;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
                return true;
            }

            // On Linux, PRIO_PROCESS with a thread id sets that one thread's nice value.
            return OperatingSystem.IsLinux() && SetPriority(PriorityProcess, GetThreadId(), nice) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException or ThreadStateException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}
