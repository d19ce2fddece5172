using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AimsBot.Teams.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AimsBot.Tests.Teams;

/// <summary>
/// A stand-in for login.botframework.com and the Entra emulator metadata: RSA signing keys, the
/// OpenID metadata and JWKS documents (with Bot Framework endorsements), and tokens signed with them.
/// </summary>
public sealed class TestBotKeys
{
    public const string AppId = "9a3c4a7e-1b2d-4c5e-8f90-123456789abc";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ChannelMetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    public const string ChannelKeysUrl = "https://login.botframework.test/v1/.well-known/keys";
    public const string EmulatorMetadataUrl = "https://login.entra.test/common/v2.0/.well-known/openid-configuration";
    public const string EmulatorKeysUrl = "https://login.entra.test/common/discovery/v2.0/keys";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    // Key generation is slow on a shared machine: one key per kid for the whole test run.
    private static readonly ConcurrentDictionary<string, RSA> Keys = new(StringComparer.Ordinal);

    public TestBotKeys(TimeProvider time)
    {
        Time = time;
        Documents.Set(ChannelMetadataUrl, Metadata(BotAuthConstants.ChannelIssuer, ChannelKeysUrl));
        Documents.Set(EmulatorMetadataUrl, Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EmulatorKeysUrl));
        PublishChannelKeys(("channel-key-1", ["msteams", "emulator"]));
        PublishEmulatorKeys("emulator-key-1");
    }

    public TimeProvider Time { get; }

    public InMemoryDocumentRetriever Documents { get; } = new();

    /// <summary>Replaces the channel JWKS; each key gets the given endorsements (null: no endorsements property).</summary>
    public void PublishChannelKeys(params (string Kid, string[]? Endorsements)[] keys) =>
        Documents.Set(ChannelKeysUrl, KeySet(keys));

    public void PublishEmulatorKeys(params string[] kids) =>
        Documents.Set(EmulatorKeysUrl, KeySet([.. kids.Select(k => (k, (string[]?)null))]));

    public static RSA Key(string kid) => Keys.GetOrAdd(kid, _ => RSA.Create(2048));

    /// <summary>A channel (Teams) token as Azure Bot Service would send it.</summary>
    public string ChannelToken(
        string kid = "channel-key-1",
        string audience = AppId,
        string issuer = BotAuthConstants.ChannelIssuer,
        string serviceUrl = ServiceUrl,
        TimeSpan? expiresIn = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        RSA? signWith = null) =>
        Sign(kid, issuer, audience, new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, expiresIn, algorithm, signWith);

    /// <summary>An Emulator token: v1 carries the app id in <c>appid</c>, v2 in <c>azp</c>.</summary>
    public string EmulatorToken(string version, string appId = AppId, string kid = "emulator-key-1", string? issuer = null, string? tenant = null)
    {
        var claims = new Dictionary<string, object>();
        if (tenant is not null)
        {
            claims["tid"] = tenant;
        }

        if (version.Length > 0)
        {
            claims["ver"] = version;
        }

        claims[version == "2.0" ? "azp" : "appid"] = appId;
        return Sign(kid, issuer ?? (version == "2.0" ? EmulatorIssuerV2 : EmulatorIssuerV1), "https://api.botframework.com", claims, null, SecurityAlgorithms.RsaSha256, null);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid channel claims.</summary>
    public string UnsignedChannelToken()
    {
        var now = Time.GetUtcNow().ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = "channel-key-1" };
        var payload = new JsonObject
        {
            ["iss"] = BotAuthConstants.ChannelIssuer,
            ["aud"] = AppId,
            ["serviceurl"] = ServiceUrl,
            ["nbf"] = now - 60,
            ["exp"] = now + 3600,
        };
        return Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "."
            + Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString())) + ".";
    }

    private string Sign(string kid, string issuer, string audience, Dictionary<string, object> claims, TimeSpan? expiresIn, string algorithm, RSA? signWith)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            IssuedAt = expires < now ? expires - TimeSpan.FromHours(1) : now,
            NotBefore = expires < now ? expires - TimeSpan.FromHours(1) : now - TimeSpan.FromMinutes(1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signWith ?? Key(kid)) { KeyId = kid }, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static string Metadata(string issuer, string keysUrl) =>
        new JsonObject { ["issuer"] = issuer, ["jwks_uri"] = keysUrl, ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") }.ToJsonString();

    private string KeySet((string Kid, string[]? Endorsements)[] keys)
    {
        var array = new JsonArray();
        foreach (var (kid, endorsements) in keys)
        {
            var parameters = Key(kid).ExportParameters(false);
            var key = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                key["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
            }

            array.Add(key);
        }

        return new JsonObject { ["keys"] = array }.ToJsonString();
    }
}
