using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Audit entries in their own collection; the store offers no update or delete.</summary>
public sealed class LiteDbAuditLog(AimsDatabase database, TimeProvider time) : IAuditLog
{
    private ILiteCollection<AuditEntry> Entries => database.Collection<AuditEntry>(CollectionNames.Audit);

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
        Entries.Insert(entry);
        return entry;
    }

    // Found through the Entity index and sorted here: LiteDB's ORDER BY after a WHERE sorts through its sort pages.
    public IReadOnlyList<AuditEntry> ForEntity(string entity) =>
        [.. Entries.Find(x => x.Entity == entity).OrderBy(x => x.Id)];

    public IReadOnlyList<AuditEntry> ForEntity(string entity, int count) =>
        [.. Entries.Find(x => x.Entity == entity).OrderByDescending(x => x.Id).Take(count).Reverse()];

    public IReadOnlyList<AuditEntry> Latest(int count) =>
        [.. Entries.Query().OrderByDescending(x => x.Id).Limit(count).ToEnumerable()];
}
