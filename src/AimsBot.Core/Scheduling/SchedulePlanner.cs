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
        var jobs = Bundles(now, clock);
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

    /// <summary>
    /// A bundle for each person inside their working time, with no bundle recorded for their local day yet, who has an
    /// item at a step not in the ledger. Only those people's items get ledger ids, and only until the first one not
    /// recorded: each round asks the ledger (one read) about the next 1, 2, 4, ... items of everyone still undecided.
    /// So a tick after the day's bundles went, or outside working hours, makes no id, and a person with something new
    /// usually one.
    /// </summary>
    private List<ScheduledJob> Bundles(DateTimeOffset now, Func<string, PersonTime> clock)
    {
        var steps = Steps;
        var people = new Dictionary<string, Candidate?>(StringComparer.Ordinal);
        var everyone = new List<Candidate>();
        foreach (var item in Items(now, steps))
        {
            if (!people.TryGetValue(item.RecipientKey, out var candidate))
            {
                var time = clock(item.RecipientKey);
                candidate = time.Working.Contains(now, time.Zone) ? new Candidate(ScheduledJob.Bundle(item.RecipientKey, time.LocalDate(now), now)) : null;
                people[item.RecipientKey] = candidate;
                if (candidate is not null)
                {
                    everyone.Add(candidate);
                }
            }

            if (candidate is not null && StepOf(item, now, steps) is { } step)
            {
                candidate.Items.Add((item, step));
            }
        }

        var sent = ledger.Recorded(everyone.Select(c => c.JobId));
        var waiting = everyone.Where(c => c.Items.Count > 0 && !sent.Contains(c.JobId)).ToList();
        for (var take = 1; waiting.Count > 0; take *= 2)
        {
            var asked = new List<(Candidate Candidate, string Id)>();
            foreach (var candidate in waiting)
            {
                for (var end = Math.Min(candidate.Next + take, candidate.Items.Count); candidate.Next < end; candidate.Next++)
                {
                    var (item, step) = candidate.Items[candidate.Next];
                    asked.Add((candidate, DueItem.MakeId(item.Kind, item.Subject, item.DueAt, step, item.RecipientKey)));
                }
            }

            var recorded = ledger.Recorded(asked.Select(a => a.Id));
            foreach (var (candidate, id) in asked)
            {
                candidate.Due |= !recorded.Contains(id);
            }

            waiting.RemoveAll(c => c.Due || c.Next >= c.Items.Count);
        }

        return [.. everyone.Where(c => c.Due).Select(c => c.Job)];
    }

    /// <summary>Every item at a reminder step not yet sent, for everyone (unreachable people reported to admins included).</summary>
    public IReadOnlyList<DueItem> Due(DateTimeOffset now) => [.. Pending(now, null).Select(p => p.Item with { Step = p.Step })];

    /// <summary>Every dated item in the reminder horizon, and the reports of people who cannot be reached.</summary>
    private IEnumerable<DueItem> Items(DateTimeOffset now, ReminderSteps steps) =>
        sources.SelectMany(s => s.Open(now, now + steps.Horizon)).Concat(UnreachableReports());

    private static string? StepOf(DueItem item, DateTimeOffset now, ReminderSteps steps) =>
        item.FixedStep ? (now >= item.DueAt ? item.Step : null) : steps.Current(item.DueAt, now);

    /// <summary>Every item (of one person, when given) at a step not yet in the ledger, with its step and ledger id (worked out once each).</summary>
    private List<(DueItem Item, string Step, string Id)> Pending(DateTimeOffset now, string? recipient)
    {
        var steps = Steps;
        var items = new List<(DueItem Item, string Step, string Id)>();
        foreach (var item in Items(now, steps))
        {
            if ((recipient is null || string.Equals(item.RecipientKey, recipient, StringComparison.Ordinal)) && StepOf(item, now, steps) is { } step)
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

    /// <summary>What is due for one person now and not yet sent (the content of their bundle): only their items get ledger ids.</summary>
    public IReadOnlyList<DueItem> DueFor(string userKey, DateTimeOffset now) =>
        [.. Pending(now, userKey).Select(p => p.Item with { Step = p.Step }).OrderBy(i => i.DueAt)];

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

    /// <summary>A person who may get a bundle now: their items at a step, how far the ledger was asked, and whether one is new.</summary>
    private sealed class Candidate(ScheduledJob job)
    {
        public ScheduledJob Job { get; } = job;

        public string JobId { get; } = job.Id;

        public List<(DueItem Item, string Step)> Items { get; } = [];

        public int Next { get; set; }

        public bool Due { get; set; }
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
