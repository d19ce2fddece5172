using AimsBot.Settings;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace AimsBot.Teams.Auth;

/// <summary>
/// Checks the Bot Framework token of an inbound activity (PROTOCOLS.md A2): the channel path for
/// Teams (issuer api.botframework.com, audience = app id, serviceurl claim, endorsements of the key
/// that signed) and the Emulator path (only with Teams:AllowEmulator: the Emulator's own issuers and the
/// bot's tenant, appid/azp by version). In the no-auth local
/// mode (no app id; start-up validation allows it only in Development) requests pass anonymously.
/// </summary>
public sealed partial class BotFrameworkTokenValidator : IDisposable
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly BotOptions _bot;
    private readonly bool _allowEmulator;
    private readonly TimeProvider _time;
    private readonly ILogger<BotFrameworkTokenValidator> _logger;

    public BotFrameworkTokenValidator(IOptions<BotOptions> bot, IOptions<TeamsOptions> teams, IDocumentRetriever documents, TimeProvider time, ILogger<BotFrameworkTokenValidator> logger)
    {
        _bot = bot.Value;
        _allowEmulator = teams.Value.AllowEmulator == true;
        _time = time;
        _logger = logger;
        Channel = new BotMetadataSource(teams.Value.ChannelOpenIdMetadataUrl, documents, time);
        Emulator = new BotMetadataSource(teams.Value.EmulatorOpenIdMetadataUrl, documents, time);
    }

    /// <summary>Keys for channel (Teams) tokens.</summary>
    public BotMetadataSource Channel { get; }

    /// <summary>Keys for Emulator tokens.</summary>
    public BotMetadataSource Emulator { get; }

    public void Dispose()
    {
        Channel.Dispose();
        Emulator.Dispose();
    }

    /// <param name="authorization">The raw <c>Authorization</c> header, if any.</param>
    /// <param name="channelId">The activity's <c>channelId</c>.</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>.</param>
    public async Task<BotAuthResult> ValidateAsync(string? authorization, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (_bot.IsNoAuthMode)
        {
            return BotAuthResult.NoAuth;
        }

        var result = await CheckAsync(authorization, channelId, serviceUrl, cancellationToken);
        if (!result.Succeeded)
        {
            Log.Rejected(_logger, result.Failure!);
        }

        return result;
    }

    private async Task<BotAuthResult> CheckAsync(string? authorization, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return BotAuthResult.Fail("No Authorization header.");
        }

        var parts = authorization.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return BotAuthResult.Fail("The Authorization header is not 'Bearer <token>'.");
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return BotAuthResult.Fail("The bearer token is not a JWT.");
        }

        if (!BotAuthConstants.AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return BotAuthResult.Fail($"Token algorithm '{token.Alg}' is not allowed.");
        }

        try
        {
            if (string.Equals(token.Issuer, BotAuthConstants.ChannelIssuer, StringComparison.Ordinal))
            {
                return await ValidateChannelAsync(parts[1], token, channelId, serviceUrl, cancellationToken);
            }

            if (EmulatorIssuers().Contains(token.Issuer, StringComparer.Ordinal))
            {
                return _allowEmulator
                    ? await ValidateEmulatorAsync(parts[1], token, cancellationToken)
                    : BotAuthResult.Fail("An Emulator token, and Teams:AllowEmulator is off.");
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            Log.MetadataUnavailable(_logger, ex);
            return BotAuthResult.Fail("The signing keys could not be read.");
        }

        return BotAuthResult.Fail($"Token issuer '{token.Issuer}' is not accepted.");
    }

    private async Task<BotAuthResult> ValidateChannelAsync(string raw, JsonWebToken token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var (result, metadata) = await ValidateSignedAsync(raw, token, Channel, [BotAuthConstants.ChannelIssuer], _bot.MicrosoftAppId, cancellationToken);
        if (!result.IsValid)
        {
            return Invalid(result);
        }

        var claimedServiceUrl = result.Claims.TryGetValue("serviceurl", out var value) ? value as string : null;
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(claimedServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthResult.Fail("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        var signedBy = (result.SecurityToken as JsonWebToken)?.SigningKey?.KeyId ?? token.Kid;
        if (string.IsNullOrEmpty(channelId)
            || signedBy is null
            || !metadata.Endorsements.TryGetValue(signedBy, out var endorsements)
            || !endorsements.Contains(channelId, StringComparer.Ordinal))
        {
            return BotAuthResult.Fail($"The signing key is not endorsed for channel '{channelId}'.");
        }

        return BotAuthResult.Ok;
    }

    private async Task<BotAuthResult> ValidateEmulatorAsync(string raw, JsonWebToken token, CancellationToken cancellationToken)
    {
        var (result, _) = await ValidateSignedAsync(raw, token, Emulator, EmulatorIssuers(), audience: null, cancellationToken);
        if (!result.IsValid)
        {
            return Invalid(result);
        }

        if (!token.TryGetPayloadValue<string>("ver", out var version))
        {
            return BotAuthResult.Fail("An Emulator token needs a 'ver' claim.");
        }

        var appIdClaim = version switch
        {
            "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return BotAuthResult.Fail($"Unknown Emulator token version '{version}'.");
        }

        return token.TryGetPayloadValue<string>(appIdClaim, out var appId) && string.Equals(appId, _bot.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            ? BotAuthResult.Ok
            : BotAuthResult.Fail($"The Emulator token's '{appIdClaim}' is not this bot's app id.");
    }

    private async Task<(TokenValidationResult Result, BotOpenIdConfiguration Metadata)> ValidateSignedAsync(
        string raw, JsonWebToken token, BotMetadataSource source, IEnumerable<string> issuers, string? audience, CancellationToken cancellationToken)
    {
        var metadata = string.IsNullOrEmpty(token.Kid)
            ? await source.GetAsync(cancellationToken)
            : await source.GetForKeyAsync(token.Kid, cancellationToken);
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = issuers,
            ValidateAudience = audience is not null,
            ValidAudience = audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = BotAuthConstants.ClockSkew,
            RequireSignedTokens = true,
            ValidAlgorithms = BotAuthConstants.AllowedAlgorithms,
            IssuerSigningKeys = metadata.SigningKeys,
            TryAllIssuerSigningKeys = string.IsNullOrEmpty(token.Kid),
            LifetimeValidator = IsWithinLifetime,
        };
        return (await _handler.ValidateTokenAsync(raw, parameters), metadata);
    }

    /// <summary>Lifetime on the injected clock, with <see cref="BotAuthConstants.ClockSkew"/> either side; an expiry is required.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } end
            && now <= end.ToUniversalTime() + BotAuthConstants.ClockSkew
            && (notBefore is not { } start || now >= start.ToUniversalTime() - BotAuthConstants.ClockSkew);
    }

    private static BotAuthResult Invalid(TokenValidationResult result) =>
        BotAuthResult.Fail("Token rejected: " + (result.Exception?.GetType().Name ?? "invalid"));

    /// <summary>
    /// The Emulator's own tenants and the bot's configured tenant, as the Bot Framework's validation
    /// allows; never the tenant a token names for itself (any Entra tenant can mint such a token).
    /// </summary>
    private IEnumerable<string> EmulatorIssuers()
    {
        var tenants = BotAuthConstants.EmulatorTenants.ToList();
        if (!string.IsNullOrWhiteSpace(_bot.MicrosoftAppTenantId))
        {
            tenants.Add(_bot.MicrosoftAppTenantId.Trim());
        }

        return tenants.SelectMany(BotAuthConstants.EntraIssuers);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Teams request refused: {Reason}")]
        public static partial void Rejected(ILogger logger, string reason);

        [LoggerMessage(EventId = 501, Level = LogLevel.Error, Message = "The Bot Framework signing keys could not be read")]
        public static partial void MetadataUnavailable(ILogger logger, Exception exception);
    }
}
