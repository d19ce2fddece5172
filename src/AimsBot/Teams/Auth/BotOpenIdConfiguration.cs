using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AimsBot.Teams.Auth;

/// <summary>
/// OpenID metadata plus the Bot Framework <c>endorsements</c> of each signing key (the channels a
/// key may sign for), read from the JWKS document alongside the keys.
/// </summary>
public sealed class BotOpenIdConfiguration : OpenIdConnectConfiguration
{
    /// <summary>Endorsements by key id; a key without an <c>endorsements</c> array is absent.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Whether a signing key with this id is in the key set.</summary>
    public bool HasKey(string keyId) => SigningKeys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}
