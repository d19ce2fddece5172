namespace AimsBot.Settings;

/// <summary>How the bot's Entra app authenticates outbound (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>Single-tenant app registration: client secret, authority = the app's tenant (the default).</summary>
    SingleTenant = 0,

    /// <summary>Legacy multi-tenant registration: client secret, authority = botframework.com.</summary>
    MultiTenant = 1,

    /// <summary>User-assigned managed identity: no secret.</summary>
    UserAssignedMSI = 2,
}
