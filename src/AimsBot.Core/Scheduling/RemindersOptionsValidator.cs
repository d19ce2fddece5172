using Microsoft.Extensions.Options;

namespace AimsBot.Core.Scheduling;

public sealed class RemindersOptionsValidator : IValidateOptions<RemindersOptions>
{
    public ValidateOptionsResult Validate(string? name, RemindersOptions options) =>
        ReminderSteps.TryParse(options.Offsets, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Reminders:Offsets '{options.Offsets}' must be whole days before the date, comma-separated, for example 30d,7d,1d (at most 10, each 1d to 365d).");
}
