using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;
using Humanizer;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>How risks read in chat: levels, statuses, dates in words, and the system they concern.</summary>
public static class RiskView
{
    public static string Status(RiskStatus status) => ExportFormat.Label(status);

    public static string Source(RiskSource source) => ExportFormat.Label(source);

    /// <summary>"High", or "Medium (inherent High)" once a treatment's residual level is in force.</summary>
    public static string Level(Governance.Risks.Risk risk) => risk.HasResidual() && risk.Treatment!.ResidualLevel != risk.Level
        ? $"{risk.CurrentLevel()} (inherent {risk.Level})"
        : risk.Level;

    public static string System(AiSystem? system, string systemId) => systemId.Length == 0
        ? "The organisation as a whole"
        : system is null ? systemId : $"{system.Id} {Markdown.Escape(system.Name)}";

    public static string When(DateTime utc, DateTimeOffset now) => SystemView.Ago(utc, now);

    /// <summary>"2 May 2027 (in 5 months)".</summary>
    public static string Date(DateTime utc, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{utc:d MMM yyyy} ({When(utc, now)})");

    /// <summary>What is due next: a planned treatment's due date, otherwise the review date, in words.</summary>
    public static string Due(Governance.Risks.Risk risk, DateTimeOffset now)
    {
        if (risk.Status == RiskStatus.Closed)
        {
            return "closed";
        }

        if (risk.Status == RiskStatus.TreatmentPlanned && risk.Treatment?.DueDate is { } due)
        {
            return due < now.UtcDateTime ? $"treatment overdue since {When(due, now)}" : $"treatment due {When(due, now)}";
        }

        return risk.NextReview < now.UtcDateTime ? $"review overdue since {When(risk.NextReview, now)}" : $"review due {When(risk.NextReview, now)}";
    }

    /// <summary>"Likely (4) × Moderate (3) = High".</summary>
    public static string Rating(RiskMethod method, int likelihood, int impact, string level) =>
        $"{method.LikelihoodLabel(likelihood)} × {method.ImpactLabel(impact)} = {level}";

    public static string Controls(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids) : "None";

    /// <summary>"risk.treatment-planned" as "Treatment planned".</summary>
    public static string Action(string action) => action.Replace("risk.", "", StringComparison.Ordinal).Humanize(LetterCasing.Sentence);

    public static string Text(string text) => text.Length == 0 ? "None" : Markdown.Escape(text);
}
