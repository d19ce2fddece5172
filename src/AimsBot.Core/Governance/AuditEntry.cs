namespace AimsBot.Core.Governance;

/// <summary>One append-only audit record: who did what to which entity, when, with before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string ActorKey { get; set; } = "";

    public string ActorName { get; set; } = "";

    /// <summary>Dotted verb, e.g. <c>aisystem.registered</c>, <c>aisystem.approved</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>Entity type and id, e.g. <c>aisystem:AI-0001</c>.</summary>
    public string Entity { get; set; } = "";

    /// <summary>JSON of the entity before the change (empty for creations).</summary>
    public string Before { get; set; } = "";

    /// <summary>JSON of the entity after the change.</summary>
    public string After { get; set; } = "";
}
