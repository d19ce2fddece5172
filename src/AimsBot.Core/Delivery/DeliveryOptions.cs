using System.ComponentModel.DataAnnotations;

namespace AimsBot.Core.Delivery;

/// <summary>Queue tuning: batch sizes, retries, retention.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Most turns one inbox commit takes (group commit).</summary>
    [Range(1, 10_000)]
    public int InboxBatchSize { get; set; } = 512;

    /// <summary>
    /// Newest delivery keys the inbox remembers, so a redelivery is not stored twice. One outside
    /// this window is stored again and recognised when processed (<see cref="Retention"/> long).
    /// </summary>
    [Range(100, 1_000_000)]
    public int InboxRecentKeys { get; set; } = 20_000;

    /// <summary>
    /// Most waiting turns the processor runs in one main-store transaction (each still all-or-nothing: a
    /// failing turn is handled alone). 1 commits every turn on its own. The main store is locked for the
    /// batch, so a larger one makes other store work (the outbox sender, synchronous card answers) wait longer.
    /// </summary>
    [Range(1, 1_000)]
    public int TurnBatchSize { get; set; } = 64;

    /// <summary>
    /// About how long one batch of turns may hold the main store (the processor sizes its batches from
    /// how long recent turns took, up to <see cref="TurnBatchSize"/>): the outbox sender and synchronous
    /// answers wait at most about this long for it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:10")]
    public TimeSpan TurnBatchTime { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// How much the turn processor and the outbox sender give way to request threads: the nice value of
    /// their threads on Linux (0 = none, 19 = most; elsewhere anything above 0 is a below-normal priority).
    /// Higher keeps acknowledgements fast under load; lower keeps replies in step with the load.
    /// </summary>
    [Range(0, 19)]
    public int BackgroundNice { get; set; } = 10;

    /// <summary>Attempts at a turn that throws before it is given up on (recorded with its error, not run again).</summary>
    [Range(1, 100)]
    public int InboxMaxAttempts { get; set; } = 3;

    /// <summary>
    /// How long an outbound message is retried (from when it was queued, or its not-before time)
    /// before it is dead-lettered: an outage shorter than this loses nothing.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan OutboxRetryWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>First retry delay; doubles each attempt (with jitter), capped by <see cref="OutboxMaxBackoff"/>.</summary>
    public TimeSpan OutboxBaseBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest wait between two tries (a platform's Retry-After may ask for longer). It bounds how long a
    /// destination stays quiet after it comes back: its circuit sends one probe per wait, so an outage of an
    /// hour is over for the bot at most this long after it is over for the platform.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan OutboxMaxBackoff { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages sent at once (different conversations; one conversation is always in order).</summary>
    [Range(1, 64)]
    public int OutboxConcurrency { get; set; } = 16;

    /// <summary>How long sent outbox messages are kept before they are purged.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a consumed card id is remembered (a card older than this can be submitted again).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan CardRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long processed turns are kept; delivery ids are deduplicated for this long (Slack retries for up to an hour, delayed events for a day).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
