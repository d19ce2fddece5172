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
    private LevelsMemo? _levels;
    private DueMemo? _table;

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
        var kind = system.EuAiActCategory.Length == 0 ? null : EuAiActCategories.Find(system.EuAiActCategory)?.Kind;
        foreach (var (key, value) in current.Periods)
        {
            if (value < period && (string.Equals(key, level, StringComparison.OrdinalIgnoreCase) || string.Equals(key, kind, StringComparison.OrdinalIgnoreCase)))
            {
                period = value;
            }
        }

        return period;
    }

    /// <summary>
    /// The systems that owe an attestation with their due dates, earliest first (ties in the systems' order). Worked
    /// out again only when the systems, the risks or the settings are not the very ones of the last call: stores that
    /// hold their headers in memory hand out the same snapshot until a write, so a planner tick costs no pass.
    /// </summary>
    public IReadOnlyList<(SystemHeader System, DateTimeOffset Due)> DueTable(IReadOnlyList<SystemHeader> systems)
    {
        var current = options.CurrentValue;
        var riskHeaders = current.Periods.Count == 0 ? null : risks.Headers();
        if (_table is { } table && ReferenceEquals(table.Systems, systems) && ReferenceEquals(table.Risks, riskHeaders) && ReferenceEquals(table.Options, current))
        {
            return table.Entries;
        }

        var dueOf = Snapshot();
        var entries = new List<(SystemHeader System, DateTimeOffset Due)>();
        foreach (var system in systems)
        {
            if (dueOf(system) is { } due)
            {
                entries.Add((system, due));
            }
        }

        (SystemHeader System, DateTimeOffset Due)[] sorted = [.. entries.OrderBy(e => e.Due)];
        _table = new DueMemo(systems, riskHeaders, current, sorted);
        return sorted;
    }

    /// <summary>Each system's highest open risk level (by name), when shorter periods are configured (the last one kept while the risks are the same snapshot).</summary>
    private Dictionary<string, string> Levels(AttestationOptions current)
    {
        if (current.Periods.Count == 0)
        {
            return [];
        }

        var headers = risks.Headers();
        if (_levels is { } memo && ReferenceEquals(memo.Risks, headers))
        {
            return memo.Levels;
        }

        var levels = HighestLevels(headers);
        _levels = new LevelsMemo(headers, levels);
        return levels;
    }

    private static Dictionary<string, string> HighestLevels(IReadOnlyList<RiskHeader> headers)
    {
        var highest = new Dictionary<string, RiskHeader>(StringComparer.Ordinal);
        foreach (var risk in headers)
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

    private sealed record LevelsMemo(IReadOnlyList<RiskHeader> Risks, Dictionary<string, string> Levels);

    private sealed record DueMemo(IReadOnlyList<SystemHeader> Systems, IReadOnlyList<RiskHeader>? Risks, AttestationOptions Options, (SystemHeader System, DateTimeOffset Due)[] Entries);
}
