using Microsoft.Extensions.Options;

namespace AimsBot.Settings;

/// <summary>
/// Checks the tenant allow-list at start: entries are tenant ids (GUIDs), and a bot registered in no
/// tenant of its own (<c>MultiTenant</c> without <c>MicrosoftAppTenantId</c>) must name its tenants,
/// because "empty" would otherwise mean nobody, or be mistaken for everybody.
/// </summary>
public sealed class TeamsOptionsValidator(IOptions<BotOptions> bot) : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        foreach (var tenant in options.AllowedTenants)
        {
            if (!Guid.TryParse(tenant, out _))
            {
                failures.Add($"Teams:AllowedTenants holds '{tenant}', which is not a Microsoft 365 tenant id (a GUID).");
            }
        }

        var identity = bot.Value;
        if (!identity.IsNoAuthMode && options.AllowedTenants.Count == 0 && string.IsNullOrWhiteSpace(identity.MicrosoftAppTenantId))
        {
            failures.Add("Teams:AllowedTenants is empty and MicrosoftAppTenantId is not set: list the Microsoft 365 tenant ids allowed to use the bot (Teams__AllowedTenants__0=...), or set MicrosoftAppTenantId.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
