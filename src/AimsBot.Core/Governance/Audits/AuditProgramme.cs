namespace AimsBot.Core.Governance.Audits;

/// <summary>
/// The integrated ISO/IEC 27001 + ISO/IEC 42001 programme on a three-year certification cycle, from
/// the Stage 1 date: in year 1 a full-scope internal audit and a unified management review before
/// Stage 1, then Stage 2; in years 2 and 3 an internal audit (half the Annex A objectives each), a
/// management review and a surveillance audit; before the certificate expires, a full internal audit,
/// a review and the recertification audit. Dates falling on a weekend move to the Monday.
/// </summary>
public static class AuditProgramme
{
    /// <summary>How long after Stage 1 the Stage 2 audit is planned.</summary>
    public static readonly TimeSpan Stage2After = TimeSpan.FromDays(42);

    public static IReadOnlyList<AuditEvent> Plan(DateOnly stage1, AuditScope scope)
    {
        var objectives = scope.AllObjectives;
        var half = (objectives.Count + 1) / 2;
        List<string> full = [.. AuditScope.Clauses, .. objectives];
        List<string> firstHalf = [.. AuditScope.Clauses, .. objectives.Take(half)];
        List<string> secondHalf = [.. AuditScope.Clauses, .. objectives.Skip(half)];
        var certified = Weekday(stage1.AddDays((int)Stage2After.TotalDays));
        return
        [
            Event(AuditKind.InternalAudit, "Integrated internal audit (ISO 27001 + ISO 42001, full scope)", full, stage1.AddDays(-56), 3, 1),
            Event(AuditKind.ManagementReview, "Unified management review (AIMS + ISMS)", ["9.3"], stage1.AddDays(-28), 1, 1),
            Event(AuditKind.Stage1, "Stage 1 certification audit (documentation)", full, stage1, 2, 1),
            Event(AuditKind.Stage2, "Stage 2 certification audit (implementation)", full, certified, 3, 1),
            Event(AuditKind.InternalAudit, "Integrated internal audit, year 2", firstHalf, certified.AddMonths(10), 3, 2),
            Event(AuditKind.ManagementReview, "Unified management review, year 2", ["9.3"], certified.AddMonths(11), 1, 2),
            Event(AuditKind.Surveillance, "Surveillance audit, year 2", firstHalf, certified.AddMonths(12), 2, 2),
            Event(AuditKind.InternalAudit, "Integrated internal audit, year 3", secondHalf, certified.AddMonths(22), 3, 3),
            Event(AuditKind.ManagementReview, "Unified management review, year 3", ["9.3"], certified.AddMonths(23), 1, 3),
            Event(AuditKind.Surveillance, "Surveillance audit, year 3", secondHalf, certified.AddMonths(24), 2, 3),
            Event(AuditKind.InternalAudit, "Integrated internal audit before recertification (full scope)", full, certified.AddMonths(30), 3, 3),
            Event(AuditKind.ManagementReview, "Unified management review before recertification", ["9.3"], certified.AddMonths(31), 1, 3),
            Event(AuditKind.Recertification, "Recertification audit (the certificate expires after three years)", full, certified.AddMonths(33), 3, 3),
        ];
    }

    /// <summary>The date, or the Monday after when it falls on a weekend.</summary>
    public static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    public static DateTime Utc(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static AuditEvent Event(AuditKind kind, string title, List<string> scope, DateOnly start, int days, int year)
    {
        var first = Weekday(start);
        return new AuditEvent
        {
            Kind = kind,
            Title = title,
            Scope = [.. scope],
            StartsOn = Utc(first),
            EndsOn = Utc(first.AddDays(days - 1)),
            CycleYear = year,
        };
    }
}
