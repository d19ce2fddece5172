namespace AimsBot.Core.Governance.Audits;

/// <summary>The audit programme's events and the findings of its audits.</summary>
public interface IAuditProgrammeStore
{
    /// <summary>Every event, earliest first.</summary>
    IReadOnlyList<AuditEvent> Events();

    AuditEvent? GetEvent(string id);

    /// <summary>Gives a new event the next id (<c>AU-01</c>, never reused) and stores it.</summary>
    AuditEvent AddEvent(AuditEvent draft);

    void UpdateEvent(AuditEvent audit);

    void DeleteEvent(string id);

    /// <summary>Every finding in id order.</summary>
    IReadOnlyList<Finding> Findings();

    Finding? GetFinding(string id);

    Finding? FindingFromCard(string cardId);

    /// <summary>Gives the draft the next id (<c>F-0001</c>, never reused) and stores it.</summary>
    Finding AddFinding(Finding draft);

    void UpdateFinding(Finding finding);
}
