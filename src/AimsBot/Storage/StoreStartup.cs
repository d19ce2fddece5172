using AimsBot.Core.Storage;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.Options;

namespace AimsBot.Storage;

/// <summary>
/// Opens the LiteDB files before the host starts: a damaged file, or files another AimsBot process owns,
/// stop the host with a message naming the file and the way out (no stack trace, exit code 3).
/// </summary>
public static class StoreStartup
{
    public const int DamagedExitCode = 3;

    /// <summary>Why the host must not start (null: the store is open and this process owns it).</summary>
    public static string? Problem(IServiceProvider services)
    {
        try
        {
            if (services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider != StorageProvider.LiteDb)
            {
                return null;
            }
        }
        catch (OptionsValidationException)
        {
            return null; // The host's start reports invalid settings, naming them.
        }

        var fileLock = services.GetRequiredService<StoreFileLock>();
        if (!fileLock.TryAcquire())
        {
            return $"AimsBot cannot start: another AimsBot process is using {fileLock.MainFile} (it holds {fileLock.Path}). " +
                "Stop it first, or give this one its own Storage:Path; two processes writing one LiteDB file damage it.";
        }

        try
        {
            services.GetRequiredService<AimsDatabase>();
            services.GetRequiredService<InboxDatabase>();
            return null;
        }
        catch (StoreDamagedException ex)
        {
            return ex.Message;
        }
    }
}
