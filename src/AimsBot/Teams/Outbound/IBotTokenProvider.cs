namespace AimsBot.Teams.Outbound;

/// <summary>The bot's outbound Connector token.</summary>
public interface IBotTokenProvider
{
    /// <summary>A bearer token for the Bot Connector, or null in the no-auth local mode.</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
