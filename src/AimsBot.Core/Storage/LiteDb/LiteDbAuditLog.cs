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

    public IReadOnlyList<AuditEntry> ForEntity(string entity) =>
        [.. Entries.Query().Where(x => x.Entity == entity).OrderBy(x => x.Id).ToEnumerable()];

    public IReadOnlyList<AuditEntry> Latest(int count) =>
        [.. Entries.Query().OrderByDescending(x => x.Id).Limit(count).ToEnumerable()];
}
