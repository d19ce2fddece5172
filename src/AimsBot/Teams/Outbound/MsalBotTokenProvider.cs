using AimsBot.Settings;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace AimsBot.Teams.Outbound;

/// <summary>
/// Client-credentials token for the Bot Connector through MSAL (PROTOCOLS.md A3): one application
/// instance (MSAL caches and renews the token); authority = the app's tenant for SingleTenant,
/// botframework.com for MultiTenant; a user-assigned managed identity for UserAssignedMSI; no token
/// at all in the no-auth local mode.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    public const string Resource = "https://api.botframework.com";
    public const string MultiTenantAuthorityTenant = "botframework.com";

    private readonly Func<CancellationToken, Task<string>>? _acquire;

    public MsalBotTokenProvider(IOptions<BotOptions> bot, IOptions<TeamsOptions> teams, IMsalHttpClientFactory http)
    {
        var options = bot.Value;
        if (options.IsNoAuthMode)
        {
            return;
        }

        if (options.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .WithHttpClientFactory(http)
                .Build();
            _acquire = async ct => (await identity.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(ct)).AccessToken;
            return;
        }

        Authority = AuthorityFor(options, teams.Value);
        var application = ConfidentialClientApplicationBuilder
            .Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(Authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(http)
            .Build();
        _acquire = async ct => (await application.AcquireTokenForClient([Scope]).ExecuteAsync(ct)).AccessToken;
    }

    /// <summary>The Entra authority used, or null (managed identity, no-auth mode).</summary>
    public string? Authority { get; }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        _acquire is null ? null : await _acquire(cancellationToken);

    /// <summary>The authority for a client-secret app: its tenant (SingleTenant) or botframework.com (MultiTenant).</summary>
    public static string AuthorityFor(BotOptions bot, TeamsOptions teams)
    {
        var tenant = bot.MicrosoftAppType == BotAppType.MultiTenant ? MultiTenantAuthorityTenant : bot.MicrosoftAppTenantId;
        return teams.TokenAuthorityHost.TrimEnd('/') + "/" + Uri.EscapeDataString(tenant);
    }
}
