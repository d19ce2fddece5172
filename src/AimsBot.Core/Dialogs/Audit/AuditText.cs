using System.Globalization;
using System.Text;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Audit;

/// <summary>The audit programme and findings in words: dates, countdowns, leads, open findings.</summary>
public static class AuditText
{
    public static string Programme(IReadOnlyList<AuditEvent> events, IReadOnlyList<Finding> findings, DateTimeOffset now)
    {
        if (events.Count == 0)
        {
            return "No audit programme yet. An AIMS admin plans it from the Stage 1 date: **audit plan 2027-03-01**.";
        }

        var text = new StringBuilder("**Audit programme** (ISO 27001 + ISO 42001, integrated):");
        foreach (var audit in events)
        {
            var open = findings.Count(f => f.AuditId == audit.Id && !f.Closed);
            text.Append(CultureInfo.InvariantCulture, $"\n- **{audit.Id}** {Markdown.Escape(audit.Title)}: {Dates(audit)}, {When(audit, now)}");
            if (audit.Kind == AuditKind.InternalAudit)
            {
                text.Append(audit.LeadAuditorName.Length > 0 ? ", lead " + Markdown.Escape(audit.LeadAuditorName) : ", no lead auditor yet");
            }

            if (open > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $", {DueWords.Count(open, "open finding")}");
            }
        }

        return text.ToString();
    }

    public static string Detail(AuditEvent audit, IReadOnlyList<Finding> findings, DateTimeOffset now)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"**{audit.Id}** {Markdown.Escape(audit.Title)} ({ExportFormat.Label(audit.Kind)}, certification year {audit.CycleYear})"));
        text.Append(CultureInfo.InvariantCulture, $"\n- When: {Dates(audit)}, {When(audit, now)}");
        text.Append("\n- Lead auditor: ").Append(audit.LeadAuditorName.Length > 0 ? Markdown.Escape(audit.LeadAuditorName) : "none yet");
        text.Append("\n- Scope: ").Append(string.Join(", ", audit.Scope));
        text.Append("\n- Findings: ").Append(findings.Count == 0 ? "none" : string.Join("; ", findings.Select(Line)));
        text.Append(CultureInfo.InvariantCulture, $"\n\n**audit {audit.Id} checklist** exports the checklist; **finding new {audit.Id}** records a finding.");
        return text.ToString();
    }

    public static string Line(Finding f) =>
        $"**{f.Id}** {ExportFormat.Label(f.Kind).ToLowerInvariant()} on {Markdown.Escape(f.Reference)} ({Markdown.Escape(f.OwnerName)}){(f.Closed ? ", closed" : "")}";

    public static string Dates(AuditEvent audit) => audit.EndsOn > audit.StartsOn
        ? $"{audit.StartsOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} to {audit.EndsOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
        : audit.StartsOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"in 3 weeks", "held", "2 weeks ago, not recorded as held".</summary>
    public static string When(AuditEvent audit, DateTimeOffset now)
    {
        if (audit.HeldAt is not null)
        {
            return "held";
        }

        var starts = new DateTimeOffset(DateTime.SpecifyKind(audit.StartsOn, DateTimeKind.Utc));
        var words = DueWords.Of(starts, now);
        return starts >= now ? words.Replace("due ", "", StringComparison.Ordinal) : words.Replace("overdue", "ago", StringComparison.Ordinal) + ", not recorded as held";
    }
}
