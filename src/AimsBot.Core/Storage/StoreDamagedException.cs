namespace AimsBot.Core.Storage;

/// <summary>
/// A store file cannot be opened because its content is damaged. The message names the file and says
/// how to recover; the host prints it and stops instead of starting on a store it cannot read.
/// </summary>
public sealed class StoreDamagedException : Exception
{
    public StoreDamagedException()
    {
    }

    public StoreDamagedException(string message)
        : base(message)
    {
    }

    public StoreDamagedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The damaged file (empty when not known).</summary>
    public string File { get; init; } = "";
}
