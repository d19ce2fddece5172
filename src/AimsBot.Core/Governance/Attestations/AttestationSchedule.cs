using AimsBot.Core.Governance.Risks;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Attestations;

/// <summary>
/// Which systems owe an attestation, and when: approved, in production, one period after the last
/// attestation (or the approval). The period is the shortest of <c>Attestation:Period</c> and the
/// <c>Attestation:Periods</c> entries matching the system's highest open risk level or its EU AI Act
/// category kind; a snooze moves the date to the end of the snooze.
/// </summary>
public sealed class AttestationSchedule(IOptionsMonitor<AttestationOptions> options, IRiskStore risks)
{
    public AttestationOptions Options => options.CurrentValue;

    public static bool Applies(AiSystem system) => Applies(system.Stage, system.Approval);

    public static bool Applies(LifecycleStage stage, ApprovalStatus approval) =>
        stage == LifecycleStage.InProduction && approval is ApprovalStatus.Approved or ApprovalStatus.ApprovedWithConditions;

    /// <summary>The next due date, or null when the system owes none.</summary>
    public DateTimeOffset? NextDue(AiSystem system) => Snapshot()(SystemHeader.Of(system));

    /// <summary>The period that applies to a system now.</summary>
    public TimeSpan PeriodOf(AiSystem system) => Period(SystemHeader.Of(system), options.CurrentValue, Levels(options.CurrentValue));

    /// <summary>A due-date function with the risk levels read once, for going through many systems.</summary>
    public Func<SystemHeader, DateTimeOffset?> Snapshot()
    {
        var current = options.CurrentValue;
        var levels = Levels(current);
        return system =>
        {
            if (!Applies(system.Stage, system.Approval))
            {
                return null;
            }

            var from = system.LastAttestedAt ?? system.DecidedAt ?? system.RegisteredAt;
            var due = new DateTimeOffset(DateTime.SpecifyKind(from, DateTimeKind.Utc)) + Period(system, current, levels);
            return system.AttestationSnoozedUntil is { } until && Utc(until) > due ? Utc(until) : due;
        };
    }

    private static TimeSpan Period(SystemHeader system, AttestationOptions current, IReadOnlyDictionary<string, string> levels)
    {
        var period = current.Period;
        if (current.Periods.Count == 0)
        {
            return period;
        }

        var level = levels.GetValueOrDefault(system.Id);
        var kind = EuAiActCategories.Find(system.EuAiActCategory)?.Kind;
        foreach (var (key, value) in current.Periods)
        {
            if (value < period && (string.Equals(key, level, StringComparison.OrdinalIgnoreCase) || string.Equals(key, kind, StringComparison.OrdinalIgnoreCase)))
            {
                period = value;
            }
        }

        return period;
    }

    /// <summary>Each system's highest open risk level (by name), when shorter periods are configured.</summary>
    private Dictionary<string, string> Levels(AttestationOptions current)
    {
        var highest = new Dictionary<string, RiskHeader>(StringComparer.Ordinal);
        if (current.Periods.Count == 0)
        {
            return [];
        }

        foreach (var risk in risks.Headers())
        {
            if (risk.Status != RiskStatus.Closed && risk.SystemId.Length > 0
                && (!highest.TryGetValue(risk.SystemId, out var top) || risk.CurrentRank > top.CurrentRank))
            {
                highest[risk.SystemId] = risk;
            }
        }

        return highest.ToDictionary(p => p.Key, p => p.Value.Level, StringComparer.Ordinal);
    }

    /// <summary>The due date as a snooze button carries it: a button pressed after the date moved (snoozed, attested) changes nothing.</summary>
    public static string Stamp(DateTimeOffset due) => due.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
