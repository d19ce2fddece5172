using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>Audit entries in the <c>numbered</c> table; the store offers no update or delete.</summary>
public sealed class PgAuditLog(PgDatabase database, TimeProvider time) : IAuditLog
{
    private readonly PgNumbered<AuditEntry> _entries = new(database, PgCollections.Audit, x => x.Id, (x, id) => x.Id = id);

    public AuditEntry Record(Actor actor, string action, string entity, object? before, object? after)
    {
        var entry = new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            ActorKey = actor.Key,
            ActorName = actor.User.DisplayName,
            Action = action,
            Entity = entity,
            Before = before is null ? "" : System.Text.Json.JsonSerializer.Serialize(before, before.GetType(), DeliveryJson.Options),
            After = after is null ? "" : System.Text.Json.JsonSerializer.Serialize(after, after.GetType(), DeliveryJson.Options),
        };
        _entries.Insert(entry);
        return entry;
    }

    public IReadOnlyList<AuditEntry> ForEntity(string entity) => _entries.Where("data->>'Entity' = $2", descending: false, limit: null, entity);

    public IReadOnlyList<AuditEntry> Latest(int count) => _entries.Where("true", descending: true, limit: Math.Max(0, count));
}
