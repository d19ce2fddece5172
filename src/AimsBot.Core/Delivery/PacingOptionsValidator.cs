using Microsoft.Extensions.Options;

namespace AimsBot.Core.Delivery;

/// <summary>Every rate is above 0 and at most 1,000 a second (the app-wide one may be 0: none); every burst from 1 to 1,000.</summary>
public sealed class PacingOptionsValidator : IValidateOptions<PacingOptions>
{
    public ValidateOptionsResult Validate(string? name, PacingOptions options)
    {
        var failures = new List<string>();
        Check("Slack", options.Slack, failures);
        Check("Teams", options.Teams, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string platform, Pace? pace, List<string> failures)
    {
        var prefix = PacingOptions.SectionName + ":" + platform + ":";
        if (pace is null)
        {
            failures.Add(prefix[..^1] + " is missing.");
            return;
        }

        foreach (var (key, rate) in new[] { (nameof(Pace.PerConversation), pace.PerConversation), (nameof(Pace.PerDestination), pace.PerDestination) })
        {
            if (!(rate > 0 && rate <= 1000))
            {
                failures.Add($"{prefix}{key} must be a number of messages a second above 0 and at most 1000.");
            }
        }

        if (!(pace.PerApp >= 0 && pace.PerApp <= 1000))
        {
            failures.Add($"{prefix}{nameof(Pace.PerApp)} must be a number of messages a second from 0 (no app-wide pace) to 1000.");
        }

        foreach (var (key, burst) in new[] { (nameof(Pace.ConversationBurst), pace.ConversationBurst), (nameof(Pace.DestinationBurst), pace.DestinationBurst), (nameof(Pace.AppBurst), pace.AppBurst) })
        {
            if (burst is < 1 or > 1000)
            {
                failures.Add($"{prefix}{key} must be from 1 to 1000.");
            }
        }
    }
}
