using Microsoft.Extensions.Options;

namespace AimsBot.Core.Scheduling;

/// <summary>Validates <see cref="ScheduleOptions"/> at start, naming the setting that is wrong.</summary>
public sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var failures = new List<string>();
        if (options.TickInterval < TimeSpan.FromSeconds(1) || options.TickInterval > TimeSpan.FromHours(1))
        {
            failures.Add("Schedule:TickInterval must be between 00:00:01 and 01:00:00.");
        }

        if (!TimeZones.TryFind(options.DefaultTimeZone, out _))
        {
            failures.Add($"Schedule:DefaultTimeZone '{options.DefaultTimeZone}' is not a known time zone; use an IANA name such as Europe/London or UTC.");
        }

        if (!WorkingTime.TryParse(options.WorkingHours, options.WorkingDays, out _, out var error))
        {
            failures.Add("Schedule:" + error);
        }

        if (options.RetryUnreachableAfter < TimeSpan.FromMinutes(1))
        {
            failures.Add("Schedule:RetryUnreachableAfter must be at least 00:01:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
