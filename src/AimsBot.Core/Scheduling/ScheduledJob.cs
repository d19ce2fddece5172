using System.Globalization;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// One piece of due work for one person, as it enters the inbox: <see cref="Id"/> is deterministic
/// (kind, person, local day or digest occurrence), so the inbox and the processed-turn record
/// recognise it when a tick runs twice or two hosts race.
/// </summary>
public sealed record ScheduledJob(JobKind Kind, string RecipientKey, DateTimeOffset DueAt, string Period)
{
    /// <summary>The card verb-like job name the engine routes on (dialog name, slash, step).</summary>
    public const string BundleJob = "due/bundle";
    public const string DigestJob = "digest/committee";
    public const string SummaryJob = "digest/summary";

    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()}:{RecipientKey}:{Period}");

    public string JobName => Kind switch
    {
        JobKind.Bundle => BundleJob,
        JobKind.Digest => DigestJob,
        _ => SummaryJob,
    };

    public static ScheduledJob Bundle(string recipient, DateOnly localDay, DateTimeOffset now) =>
        new(JobKind.Bundle, recipient, now, localDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static ScheduledJob Digest(JobKind kind, string recipient, DateTimeOffset occurrence) =>
        new(kind, recipient, occurrence, occurrence.UtcDateTime.ToString("yyyyMMdd'T'HHmm", CultureInfo.InvariantCulture));
}
