using AimsBot.Core.Conversations;

namespace AimsBot.Core.Governance;

/// <summary>The append-only audit log: who did what to which entity, when, with before and after.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry; <paramref name="before"/> and <paramref name="after"/> are serialised to JSON (null for none).</summary>
    AuditEntry Record(Actor actor, string action, string entity, object? before, object? after);

    /// <summary>The entries for one entity (for example <c>aisystem:AI-0001</c>), oldest first.</summary>
    IReadOnlyList<AuditEntry> ForEntity(string entity);

    /// <summary>The newest <paramref name="count"/> entries for one entity, oldest first (a history card shows only the last few).</summary>
    IReadOnlyList<AuditEntry> ForEntity(string entity, int count) => [.. ForEntity(entity).TakeLast(count)];

    /// <summary>The newest entries, newest first.</summary>
    IReadOnlyList<AuditEntry> Latest(int count);
}
