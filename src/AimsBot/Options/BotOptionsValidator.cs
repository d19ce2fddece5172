using Microsoft.Extensions.Options;

namespace AimsBot.Settings;

/// <summary>
/// Checks the Bot Framework identity at start: the no-auth local mode only in Development, and the
/// settings each <see cref="BotAppType"/> needs (as the Bot Framework SDK's credential factory does).
/// </summary>
public sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.IsNoAuthMode)
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "MicrosoftAppId is not set. Without it the Teams endpoint would accept unauthenticated requests, which is allowed only when ASPNETCORE_ENVIRONMENT=Development. Set MicrosoftAppId (and MicrosoftAppType, MicrosoftAppTenantId, MicrosoftAppPassword).");
        }

        var failures = new List<string>();
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("MicrosoftAppId must be the bot's Entra application (client) id, a GUID.");
        }

        switch (options.MicrosoftAppType)
        {
            case BotAppType.SingleTenant:
                Require(failures, options.MicrosoftAppTenantId, "MicrosoftAppTenantId", "SingleTenant");
                Require(failures, options.MicrosoftAppPassword, "MicrosoftAppPassword", "SingleTenant");
                break;
            case BotAppType.MultiTenant:
                Require(failures, options.MicrosoftAppPassword, "MicrosoftAppPassword", "MultiTenant");
                break;
            case BotAppType.UserAssignedMSI:
                Require(failures, options.MicrosoftAppTenantId, "MicrosoftAppTenantId", "UserAssignedMSI");
                if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity has no secret).");
                }

                break;
            default:
                failures.Add("MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string value, string setting, string type)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{setting} is required when MicrosoftAppType is {type}.");
        }
    }
}
