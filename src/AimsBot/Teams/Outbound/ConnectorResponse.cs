using System.Net;

namespace AimsBot.Teams.Outbound;

/// <summary>What the Bot Connector answered to one call.</summary>
/// <param name="Id">The <c>id</c> in the answer (new activity or conversation id), when there is one.</param>
/// <param name="RetryAfter">The wait the service asked for (429), when it said.</param>
/// <param name="Error">The error code or body text of a failed call, for logs and dead letters.</param>
public sealed record ConnectorResponse(HttpStatusCode Status, string? Id, TimeSpan? RetryAfter, string? Error)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>Teams refuses because the user blocked or uninstalled the bot (403 <c>MessageWritesBlocked</c>).</summary>
    public bool WritesBlocked => Status == HttpStatusCode.Forbidden && Error?.Contains("MessageWritesBlocked", StringComparison.OrdinalIgnoreCase) == true;
}
