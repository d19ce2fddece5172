namespace AimsBot.Teams.Outbound;

/// <summary>A service URL that is not on the allow-list: nothing, and no token, is sent to it.</summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
