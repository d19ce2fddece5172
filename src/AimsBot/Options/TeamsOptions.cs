using System.ComponentModel.DataAnnotations;

namespace AimsBot.Settings;

/// <summary>Overridable Teams endpoints and limits (section <c>Teams</c>); the defaults are the public cloud's.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>OpenID metadata for tokens issued by the Bot Framework channel service (Teams).</summary>
    [Required]
    [Url]
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata for Emulator (Entra-issued) tokens.</summary>
    [Required]
    [Url]
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Entra host the outbound token is requested from; the tenant is appended.</summary>
    [Required]
    [Url]
    public string TokenAuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The public-cloud Connector hosts, used when <see cref="AllowedServiceUrlHostSuffixes"/> is empty.</summary>
    public static readonly IReadOnlyList<string> DefaultServiceUrlHostSuffixes =
        ["botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us"];

    /// <summary>
    /// Hosts the bot token may be sent to: an entry matches the host itself or any subdomain of it.
    /// Service URLs are only ever taken from validated activities, and must also match this list.
    /// Empty means <see cref="DefaultServiceUrlHostSuffixes"/> (a configured list replaces them).
    /// </summary>
    public List<string> AllowedServiceUrlHostSuffixes { get; set; } = [];

    /// <summary>The configured host suffixes, or the defaults.</summary>
    public IReadOnlyList<string> ServiceUrlHostSuffixes =>
        AllowedServiceUrlHostSuffixes.Count > 0 ? AllowedServiceUrlHostSuffixes : DefaultServiceUrlHostSuffixes;

    /// <summary>
    /// Microsoft 365 tenants (directory ids) whose people may use the bot. Empty means the tenant the bot
    /// is registered in (<c>MicrosoftAppTenantId</c>); in the no-auth local mode, empty allows only a
    /// client on this machine. Activities from any other tenant are refused with 403.
    /// </summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// Accept Bot Framework Emulator tokens (Entra-issued, from the Emulator's own tenants or the bot's
    /// tenant). Unset means on in Development and off everywhere else.
    /// </summary>
    public bool? AllowEmulator { get; set; }

    /// <summary>Largest activity accepted on <c>/api/messages</c>, in bytes; larger bodies get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
