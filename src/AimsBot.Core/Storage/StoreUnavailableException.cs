namespace AimsBot.Core.Storage;

/// <summary>A store could not be read or written (damaged, closed, locked): raised by the store adapters in place of their engine's own errors.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
