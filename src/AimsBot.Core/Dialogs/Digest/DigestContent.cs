using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Scheduling;
using Humanizer;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Dialogs.Digest;

/// <summary>
/// What the committee digest and an owner's weekly summary say, from the records: new
/// registrations and pending approvals, what is overdue and whose it is, people the bot cannot
/// reach, and SoA progress; counts and times in words.
/// </summary>
public sealed class DigestContent(
    IAiSystemStore systems,
    IControlStore controls,
    ControlCatalogue catalogue,
    SchedulePlanner planner,
    IReachStore reach,
    DigestAuditsAndRisks auditsAndRisks,
    IOptionsMonitor<DigestOptions> options)
{
    /// <summary>Most lines a section lists before "and N more".</summary>
    public const int MaxLines = 10;

    public IReadOnlyList<DigestSection> Committee(DateTimeOffset now)
    {
        var since = now - options.CurrentValue.Window;
        var all = systems.Headers();
        var fresh = all.Where(s => new DateTimeOffset(s.RegisteredAt, TimeSpan.Zero) >= since).ToList();
        var pending = all.Where(s => s.Approval == ApprovalStatus.Pending).OrderBy(s => s.RegisteredAt).ToList();
        var overdue = planner.Open(now, now).Where(i => i.DueAt < now).OrderBy(i => i.DueAt).ToList();
        var missing = reach.All();
        var records = controls.All();
        var answered = catalogue.Controls.Count(c => records.TryGetValue(c.Id, out var r) && r.Applicability != Applicability.Unanswered);
        var implemented = catalogue.Controls.Count(c => records.TryGetValue(c.Id, out var r) && r.Status == ImplementationStatus.Implemented);

        return
        [
            new("Registrations", [
                $"{DueWords.Count(fresh.Count, "new system")} registered in the last {DueWords.Period(options.CurrentValue.Window)}.",
                .. Limit(fresh, s => $"**{s.Id}** {Markdown.Escape(s.Name)} ({Markdown.Escape(s.RequesterName)})"),
                pending.Count == 0
                    ? "No registration is waiting for a decision."
                    : $"{DueWords.Count(pending.Count, "pending approval")}, the oldest waiting for {(now - new DateTimeOffset(pending[0].RegisteredAt, TimeSpan.Zero)).Humanize(culture: CultureInfo.InvariantCulture)}.",
            ]),
            new("Overdue", overdue.Count == 0
                ? ["Nothing is overdue."]
                : [.. Limit(overdue, i => $"{i.Title}: {DueWords.Of(i.DueAt, now)} ({Markdown.Escape(i.OwnerName.Length > 0 ? i.OwnerName : i.RecipientKey)})")]),
            new("People I cannot reach", missing.Count == 0
                ? ["Everyone with something due can be reached."]
                : [.. Limit(missing, p => $"{Markdown.Escape(p.Name)}: {Markdown.Escape(p.Reason)} (since {(now - new DateTimeOffset(p.Since, TimeSpan.Zero)).Humanize(culture: CultureInfo.InvariantCulture)})")]),
            auditsAndRisks.Risks(since),
            new("Statement of Applicability", [
                $"{answered} of {catalogue.Controls.Count} controls answered, {implemented} implemented.",
            ]),
            auditsAndRisks.Audits(now),
            auditsAndRisks.Roadmap(),
        ];
    }

    public IReadOnlyList<DigestSection> Owner(string userKey, DateTimeOffset now)
    {
        var items = planner.Upcoming(userKey, now, now + TimeSpan.FromDays(30));
        var mine = systems.Count(userKey);
        return
        [
            new("Due for you", items.Count == 0
                ? ["Nothing is due for you in the next 30 days."]
                : [.. Limit(items, i => $"{i.Title}: {DueWords.Of(i.DueAt, now)}")]),
            new("Your AI systems", [$"You registered or own {DueWords.Count(mine, "AI system")}. Type **systems mine** to see them."]),
        ];
    }

    /// <summary>The first <see cref="MaxLines"/> items worded, and how many more: items past those are counted, never worded.</summary>
    public static List<string> Limit<T>(IEnumerable<T> items, Func<T, string> line)
    {
        var list = new List<string>(MaxLines + 1);
        var more = 0;
        using var each = items.GetEnumerator();
        while (list.Count < MaxLines && each.MoveNext())
        {
            list.Add(line(each.Current));
        }

        while (each.MoveNext())
        {
            more++;
        }

        if (more > 0)
        {
            list.Add($"… and {more} more.");
        }

        return list;
    }
}
