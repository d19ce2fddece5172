using AimsBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>
/// Slack retries an event for up to an hour (a day with delayed events) and the inbox deduplicates
/// on <c>event_id</c> only while it keeps the turn: with Slack on, the retention must outlast the retries.
/// </summary>
public sealed class SlackRetentionValidator(IOptions<SlackOptions> slack) : IValidateOptions<DeliveryOptions>
{
    public static readonly TimeSpan Minimum = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, DeliveryOptions options) =>
        slack.Value.Enabled && options.Retention < Minimum
            ? ValidateOptionsResult.Fail("Delivery:Retention must be at least 1 hour while Slack is on: Slack retries events for up to an hour and they are deduplicated only while kept.")
            : ValidateOptionsResult.Success;
}
