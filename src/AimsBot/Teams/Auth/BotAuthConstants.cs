namespace AimsBot.Teams.Auth;

/// <summary>Issuers and algorithms of the Bot Framework token rules (PROTOCOLS.md A2).</summary>
public static class BotAuthConstants
{
    /// <summary>Issuer of channel tokens (Teams, for single- and multi-tenant bots alike).</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The tenants whose Entra tokens the Bot Framework Emulator sends.</summary>
    public static readonly IReadOnlyList<string> EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    public static readonly IReadOnlyList<string> AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The v1 and v2 Entra issuers of one tenant.</summary>
    public static IEnumerable<string> EntraIssuers(string tenantId) =>
        [$"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"];
}
