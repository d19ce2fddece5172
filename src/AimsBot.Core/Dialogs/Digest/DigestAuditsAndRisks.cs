using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Audit;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Governance.Roadmap;
using AimsBot.Core.Scheduling;
using Humanizer;

namespace AimsBot.Core.Dialogs.Digest;

/// <summary>
/// The committee digest's risk and audit sections: high and critical risks (levels above an owner's
/// authority) and which are new; audits and certification dates in the next quarter; open findings.
/// </summary>
public sealed class DigestAuditsAndRisks(IRiskStore risks, RiskMethod method, IAuditProgrammeStore audits, RoadmapProgress roadmap)
{
    /// <summary>How far ahead the digest looks for audits.</summary>
    public static readonly TimeSpan AuditHorizon = TimeSpan.FromDays(90);

    public DigestSection Risks(DateTimeOffset since)
    {
        var high = risks.Headers()
            .Where(r => r.Status != RiskStatus.Closed && r.CurrentRank >= method.FirstRankAboveOwner)
            .OrderByDescending(r => r.CurrentRank).ThenBy(r => r.Number)
            .ToList();
        if (high.Count == 0)
        {
            return new("High and critical risks", ["No open risk is above an owner's authority."]);
        }

        var fresh = high.Where(r => new DateTimeOffset(DateTime.SpecifyKind(r.RaisedAt, DateTimeKind.Utc)) >= since).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var byLevel = high.GroupBy(r => r.Level).Select(g => DueWords.Count(g.Count(), g.Key.ToLowerInvariant() + " risk"));
        return new("High and critical risks",
        [
            string.Join(", ", byLevel) + $" open; {DueWords.Count(high.Count(r => fresh.Contains(r.Id)), "new one")} since the last digest.",
            .. DigestContent.Limit(high, r => $"**{r.Id}** {Markdown.Escape(r.Title)}: {r.Level.ToLowerInvariant()}, {r.Status.Humanize().ToLowerInvariant()} ({Markdown.Escape(r.OwnerName)}){(fresh.Contains(r.Id) ? ", new" : "")}"),
        ]);
    }

    public DigestSection Roadmap() => new("Roadmap", roadmap.Summary());

    public DigestSection Audits(DateTimeOffset now)
    {
        var events = audits.Events();
        if (events.Count == 0)
        {
            return new("Audits and certification", ["No audit programme yet (an admin plans it with **audit plan 2027-03-01**)."]);
        }

        var ahead = events.Where(e => e.HeldAt is null && new DateTimeOffset(e.EndsOn, TimeSpan.Zero) >= now.AddDays(-1) && new DateTimeOffset(e.StartsOn, TimeSpan.Zero) <= now + AuditHorizon).ToList();
        var findings = audits.Findings().Where(f => !f.Closed).ToList();
        var overdue = findings.Count(f => f.DueDate is { } due && new DateTimeOffset(due, TimeSpan.Zero) < now);
        var certification = events.FirstOrDefault(e => e.HeldAt is null && e.Kind is not (AuditKind.InternalAudit or AuditKind.ManagementReview));
        return new("Audits and certification",
        [
            .. ahead.Count == 0
                ? [$"Nothing in the next {AuditHorizon.Humanize(culture: CultureInfo.InvariantCulture)}."]
                : DigestContent.Limit(ahead, e => $"**{e.Id}** {Markdown.Escape(e.Title)}: {AuditText.Dates(e)}, {AuditText.When(e, now)}"),
            certification is null ? "No certification audit ahead." : $"Next certification audit: {Markdown.Escape(certification.Title)}, {AuditText.When(certification, now)}.",
            $"{DueWords.Count(findings.Count, "open finding")}, {overdue} past the corrective action's due date.",
        ]);
    }
}
