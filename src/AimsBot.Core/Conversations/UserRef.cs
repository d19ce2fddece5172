using System.Globalization;
using System.Text.Json.Serialization;

namespace AimsBot.Core.Conversations;

/// <summary>
/// A person on one platform: platform + tenant (Teams tenant id, Slack workspace id) + user id.
/// <see cref="Key"/> is the stable identity used for ownership, roles and the audit log.
/// </summary>
public sealed record UserRef(Platform Platform, string TenantId, string UserId)
{
    /// <summary>Display name as last seen; never used for authorization.</summary>
    public string? Name { get; init; }

    /// <summary>Teams only: the Entra (AAD) object id, stable across bots.</summary>
    public string? AadObjectId { get; init; }

    [JsonIgnore]
    public string Key => MakeKey(Platform, TenantId, UserId);

    [JsonIgnore]
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? UserId : Name;

    public static string MakeKey(Platform platform, string tenantId, string userId) =>
        string.Create(CultureInfo.InvariantCulture, $"{platform.ToString().ToLowerInvariant()}:{tenantId}:{userId}");
}
