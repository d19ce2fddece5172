using Cronos;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Scheduling;

public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var failures = new List<string>();
        if (!TryParse(options.Schedule, out _))
        {
            failures.Add($"Digest:Schedule '{options.Schedule}' is not a five-field cron expression (minute hour day-of-month month day-of-week), for example 0 9 * * 1.");
        }

        if (options.Window < TimeSpan.FromDays(1) || options.Window > TimeSpan.FromDays(92))
        {
            failures.Add("Digest:Window must be between 1.00:00:00 and 92.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool TryParse(string? text, out CronExpression? expression)
    {
        expression = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 5)
        {
            return false;
        }

        try
        {
            expression = CronExpression.Parse(text.Trim(), CronFormat.Standard);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }
}
