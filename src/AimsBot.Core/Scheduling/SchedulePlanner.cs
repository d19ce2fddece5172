using AimsBot.Core.Governance;
using AimsBot.Core.Storage;
using Cronos;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// Decides what is due at a time from the records alone (no clock of its own, no I/O but reads):
/// every dated item at the reminder step it has reached and not yet recorded in the ledger, one
/// bundle per person per local day inside their working time, and each digest occurrence once.
/// </summary>
public sealed class SchedulePlanner(
    IEnumerable<IDueItemSource> sources,
    IScheduleLedger ledger,
    PeopleClock people,
    IReachStore reach,
    IConversationStore conversations,
    RoleResolver roles,
    IOptionsMonitor<RemindersOptions> reminders,
    IOptionsMonitor<DigestOptions> digest)
{
    /// <summary>How far back a first digest occurrence is caught up (a week: one weekly digest).</summary>
    public static readonly TimeSpan DigestLookback = TimeSpan.FromDays(7);

    private ReminderSteps Steps => ReminderSteps.TryParse(reminders.CurrentValue.Offsets, out var steps) ? steps : new ReminderSteps([30, 7, 1]);

    /// <summary>Everything that should enter the inbox at <paramref name="now"/>.</summary>
    public IReadOnlyList<ScheduledJob> Plan(DateTimeOffset now)
    {
        var clock = people.Snapshot();
        var jobs = new List<ScheduledJob>();
        foreach (var recipient in Pending(now).Select(p => p.Item.RecipientKey).Distinct(StringComparer.Ordinal))
        {
            var time = clock(recipient);
            if (time.Working.Contains(now, time.Zone))
            {
                jobs.Add(ScheduledJob.Bundle(recipient, time.LocalDate(now), now));
            }
        }

        if (DigestOptionsValidator.TryParse(digest.CurrentValue.Schedule, out var cron))
        {
            foreach (var user in conversations.Users())
            {
                var time = clock(user.Id);
                if (time.Digest && roles.IsCommitteeMember(user.ToRef()) && LatestOccurrence(cron!, JobKind.Digest, user.Id, time.Zone, now) is { } digestAt)
                {
                    jobs.Add(ScheduledJob.Digest(JobKind.Digest, user.Id, digestAt));
                }

                if (time.Summary && LatestOccurrence(cron!, JobKind.Summary, user.Id, time.Zone, now) is { } summaryAt)
                {
                    jobs.Add(ScheduledJob.Digest(JobKind.Summary, user.Id, summaryAt));
                }
            }
        }

        var done = ledger.Recorded(jobs.Select(j => j.Id));
        return [.. jobs.Where(j => !done.Contains(j.Id))];
    }

    /// <summary>Every item at a reminder step not yet sent, for everyone (unreachable people reported to admins included).</summary>
    public IReadOnlyList<DueItem> Due(DateTimeOffset now) => [.. Pending(now).Select(p => p.Item with { Step = p.Step })];

    /// <summary>Every item at a step not yet in the ledger, with its step and ledger id (worked out once each).</summary>
    private List<(DueItem Item, string Step, string Id)> Pending(DateTimeOffset now)
    {
        var steps = Steps;
        var items = new List<(DueItem Item, string Step, string Id)>();
        foreach (var item in sources.SelectMany(s => s.Open(now, now + steps.Horizon)).Concat(UnreachableReports()))
        {
            var step = item.FixedStep ? (now >= item.DueAt ? item.Step : null) : steps.Current(item.DueAt, now);
            if (step is not null)
            {
                items.Add((item, step, DueItem.MakeId(item.Kind, item.Subject, item.DueAt, step, item.RecipientKey)));
            }
        }

        var done = ledger.Recorded(items.Select(i => i.Id));
        if (done.Count > 0)
        {
            items.RemoveAll(i => done.Contains(i.Id));
        }

        return items;
    }

    /// <summary>What is due for one person now and not yet sent (the content of their bundle).</summary>
    public IReadOnlyList<DueItem> DueFor(string userKey, DateTimeOffset now) =>
        [.. Due(now).Where(i => string.Equals(i.RecipientKey, userKey, StringComparison.Ordinal)).OrderBy(i => i.DueAt)];

    /// <summary>Everything dated for a person up to <paramref name="until"/>, sent or not (for <c>reminders</c>).</summary>
    public IReadOnlyList<DueItem> Upcoming(string userKey, DateTimeOffset now, DateTimeOffset until) =>
        [.. sources.SelectMany(s => s.Open(now, until))
            .Where(i => string.Equals(i.RecipientKey, userKey, StringComparison.Ordinal) && !i.FixedStep)
            .OrderBy(i => i.DueAt)];

    /// <summary>Every open dated item up to <paramref name="until"/> (digests: what is overdue, with owners).</summary>
    public IReadOnlyList<DueItem> Open(DateTimeOffset now, DateTimeOffset until) =>
        [.. sources.SelectMany(s => s.Open(now, until)).Where(i => !i.FixedStep)];

    /// <summary>The newest occurrence of the digest schedule after the last one sent (or within the lookback), if any.</summary>
    public DateTimeOffset? LatestOccurrence(CronExpression cron, JobKind kind, string userKey, TimeZoneInfo zone, DateTimeOffset now)
    {
        var last = ledger.Latest(kind.ToString().ToLowerInvariant(), userKey);
        var from = now - DigestLookback;
        if (last is not null && new DateTimeOffset(last.DueAt, TimeSpan.Zero) > from)
        {
            from = new DateTimeOffset(last.DueAt, TimeSpan.Zero);
        }

        DateTimeOffset? latest = null;
        foreach (var occurrence in cron.GetOccurrences(from, now, zone, fromInclusive: false, toInclusive: true))
        {
            latest = occurrence;
        }

        return latest;
    }

    private IEnumerable<DueItem> UnreachableReports()
    {
        var missing = reach.All();
        if (missing.Count == 0)
        {
            yield break;
        }

        var admins = conversations.Users().Where(u => u.PersonalConversationKey is not null && roles.Resolve(u.ToRef()).IsAdmin).ToList();
        foreach (var person in missing)
        {
            foreach (var admin in admins)
            {
                yield return new DueItem("unreachable", person.Id, $"I cannot reach {Conversations.Markdown.Escape(person.Name)}: {Conversations.Markdown.Escape(person.Reason)}", new DateTimeOffset(person.Since, TimeSpan.Zero), admin.Id)
                {
                    Step = "report",
                    FixedStep = true,
                };
            }
        }
    }
}
