namespace AimsBot.Core.Governance.Audits;

/// <summary>
/// One dated event of the audit programme: an internal audit with its scope (clauses and controls of
/// both standards) and lead auditor, a management review, or a certification-body audit.
/// </summary>
public sealed class AuditEvent
{
    /// <summary><c>AU-01</c> upwards; never reused.</summary>
    public string Id { get; set; } = "";

    public int Number { get; set; }

    public AuditKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Clauses (<c>9.2</c>), ISO/IEC 42001 objectives or controls (<c>A.6</c>, <c>A.6.2.8</c>) and ISO 27001 ones (<c>27001:A.8.15</c>).</summary>
    public List<string> Scope { get; set; } = [];

    public string LeadAuditorKey { get; set; } = "";

    public string LeadAuditorName { get; set; } = "";

    /// <summary>The first day (UTC midnight).</summary>
    public DateTime StartsOn { get; set; }

    /// <summary>The last day (UTC midnight), the same as <see cref="StartsOn"/> for a one-day event.</summary>
    public DateTime EndsOn { get; set; }

    /// <summary>The certification cycle year it belongs to (1 to 3).</summary>
    public int CycleYear { get; set; }

    /// <summary>Set when an admin records it as held.</summary>
    public DateTime? HeldAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public AuditEvent Copy()
    {
        var copy = (AuditEvent)MemberwiseClone();
        copy.Scope = [.. Scope];
        return copy;
    }
}
