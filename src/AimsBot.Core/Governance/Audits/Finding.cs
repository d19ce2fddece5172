namespace AimsBot.Core.Governance.Audits;

/// <summary>An audit finding recorded against a control or clause, with its owner and corrective action (clause 10).</summary>
public sealed class Finding
{
    /// <summary><c>F-0001</c> upwards; never reused.</summary>
    public string Id { get; set; } = "";

    public int Number { get; set; }

    /// <summary>The audit it came from (<c>AU-01</c>).</summary>
    public string AuditId { get; set; } = "";

    public FindingKind Kind { get; set; }

    /// <summary>The control (<c>A.6.2.8</c>, <c>27001:A.8.15</c>) or clause (<c>9.2</c>) it is about.</summary>
    public string Reference { get; set; } = "";

    public string Description { get; set; } = "";

    public string OwnerKey { get; set; } = "";

    public string OwnerName { get; set; } = "";

    public string CorrectiveAction { get; set; } = "";

    public DateTime? DueDate { get; set; }

    public bool Closed { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string ClosedNote { get; set; } = "";

    public string RaisedByKey { get; set; } = "";

    public string RaisedByName { get; set; } = "";

    public DateTime RaisedAt { get; set; }

    /// <summary>The card instance whose submission created it: a repeated submission finds it.</summary>
    public string SourceCardId { get; set; } = "";

    public Finding Copy() => (Finding)MemberwiseClone();
}
