using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>Validates <see cref="SlackOptions"/> at start when Slack is on, naming the setting that is wrong.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.SigningSecret.Trim().Length < 16)
        {
            failures.Add("Slack:SigningSecret looks wrong: copy the app's signing secret (32 characters) from Basic Information.");
        }

        if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken is required when Slack:SigningSecret is set: the bot user OAuth token, starting with xoxb-.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL, for example https://slack.com/api/.");
        }

        if (options.MaxBodyBytes is < 4096 or > 16 * 1024 * 1024)
        {
            failures.Add("Slack:MaxBodyBytes must be between 4096 and 16777216.");
        }

        if (options.SignatureWindow <= TimeSpan.Zero || options.SignatureWindow > TimeSpan.FromMinutes(5))
        {
            failures.Add("Slack:SignatureWindow must be positive and at most 5 minutes.");
        }

        if (options.SyncBudget <= TimeSpan.Zero || options.SyncBudget >= TimeSpan.FromSeconds(3))
        {
            failures.Add("Slack:SyncBudget must be positive and under Slack's 3 seconds.");
        }

        if (options.PeopleLookupBudget < TimeSpan.Zero || options.PeopleLookupBudget >= TimeSpan.FromSeconds(2))
        {
            failures.Add("Slack:PeopleLookupBudget must be between 0 and 2 seconds.");
        }

        if (options.UserCacheDuration <= TimeSpan.Zero || options.UserCacheDuration > TimeSpan.FromDays(7))
        {
            failures.Add("Slack:UserCacheDuration must be positive and at most 7 days.");
        }

        if (options.UserLookupFailureCache <= TimeSpan.Zero || options.UserLookupFailureCache > TimeSpan.FromHours(1))
        {
            failures.Add("Slack:UserLookupFailureCache must be positive and at most 1 hour.");
        }

        if (options.UserCacheSize is < 100 or > 1_000_000)
        {
            failures.Add("Slack:UserCacheSize must be between 100 and 1000000.");
        }

        failures.AddRange(options.AllowedTeams.Where(t => !IsId(t, 'T')).Select(t => $"Slack:AllowedTeams holds '{t}', which is not a Slack workspace id (T…)."));
        failures.AddRange(options.AllowedEnterprises.Where(e => !IsId(e, 'E')).Select(e => $"Slack:AllowedEnterprises holds '{e}', which is not an Enterprise Grid id (E…)."));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsId(string value, char prefix) =>
        value.Length > 1 && value[0] == prefix && value.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
