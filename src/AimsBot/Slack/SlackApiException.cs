namespace AimsBot.Slack;

/// <summary>A Slack Web API call that failed: the method, Slack's error code, and whether to try again (and when).</summary>
public sealed class SlackApiException : Exception
{
    private static readonly HashSet<string> TransientErrors = new(StringComparer.Ordinal)
    {
        "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout", "invalid_response",
    };

    public SlackApiException()
        : this("unknown", "unknown_error")
    {
    }

    public SlackApiException(string message)
        : this("unknown", message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = "unknown_error";
    }

    public SlackApiException(string method, string error, TimeSpan? retryAfter = null)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
        RetryAfter = retryAfter;
    }

    public string Method { get; } = "unknown";

    /// <summary>Slack's <c>error</c> code (<c>channel_not_found</c>, <c>ratelimited</c>…), or <c>http_5xx</c>.</summary>
    public string Error { get; } = "unknown_error";

    /// <summary>How long Slack asked to wait (429 Retry-After).</summary>
    public TimeSpan? RetryAfter { get; }

    public bool IsTransient => RetryAfter is not null || TransientErrors.Contains(Error) || Error.StartsWith("http_5", StringComparison.Ordinal);
}
