using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AimsBot.Teams.Auth;

/// <summary>
/// Reads the OpenID metadata document and its JWKS (like <c>OpenIdConnectConfigurationRetriever</c>)
/// and, as the Bot Framework SDK's <c>EndorsementsRetriever</c> does, parses the JWKS a second time
/// with System.Text.Json for each key's <c>endorsements</c>.
/// </summary>
public sealed class BotMetadataRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadataJson = await retriever.GetDocumentAsync(address, cancel);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (string.IsNullOrEmpty(metadata.JwksUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at {address} has no jwks_uri.");
        }

        var keysJson = await retriever.GetDocumentAsync(metadata.JwksUri, cancel);
        var keySet = new JsonWebKeySet(keysJson);
        var configuration = new BotOpenIdConfiguration
        {
            Issuer = metadata.Issuer,
            JwksUri = metadata.JwksUri,
            JsonWebKeySet = keySet,
            Endorsements = ReadEndorsements(keysJson),
        };
        foreach (var key in keySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }

    /// <summary>Maps each key id in a JWKS document to its <c>endorsements</c> array.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string keysJson)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keysJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = [.. endorsements.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)];
            }
        }

        return result;
    }
}
