using AimsBot.Core.Conversations;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Storage.PostgreSql;

public sealed class PgReachStore(PgDatabase database) : IReachStore
{
    private readonly PgDocuments<UnreachablePerson> _items = new(database, PgCollections.Unreachable, x => x.Id);
    private readonly PgDocuments<ConversationRecord> _conversations = new(database, PgCollections.Conversations, x => x.Id);

    public UnreachablePerson? Get(string userKey) => _items.Find(userKey);

    public IReadOnlyList<UnreachablePerson> All() => _items.All("(data->>'Since')::timestamptz, id");

    public void MarkUnreachable(string userKey, string name, string reason, DateTimeOffset now)
    {
        var person = _items.Find(userKey) ?? new UnreachablePerson { Id = userKey, Since = now.UtcDateTime };
        person.Name = name.Length > 0 ? name : (person.Name.Length > 0 ? person.Name : userKey);
        person.Reason = reason.Length > 300 ? reason[..300] : reason;
        person.LastTriedAt = now.UtcDateTime;
        _items.Upsert(person);
    }

    public void MarkReachable(string userKey) => _items.Delete(userKey);

    public ConversationRef? Anchor(Platform platform, string tenantId) =>
        _conversations.Where(
            "data->>'TenantId' = $2 AND data->>'Platform' = $3 AND coalesce(data->>'ServiceUrl', '') <> ''",
            "(data->>'UpdatedAt')::timestamptz DESC, id",
            tenantId,
            platform.ToString()).FirstOrDefault()?.ToRef();
}
