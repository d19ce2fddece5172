namespace AimsBot.Settings;

/// <summary>
/// The Bot Framework identity, read from the top level of configuration under the names Azure Bot
/// Service and the Bot Framework tools use (<c>MicrosoftAppId</c>, ...), so plain environment
/// variables work. No app id means the no-auth local mode (Development only).
/// </summary>
public sealed class BotOptions
{
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;

    public string MicrosoftAppId { get; set; } = "";

    public string MicrosoftAppPassword { get; set; } = "";

    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary>True when no app id is configured: inbound tokens are not required and outbound calls carry none.</summary>
    public bool IsNoAuthMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
