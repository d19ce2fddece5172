using AimsBot.Core.Conversations;
using AimsBot.Core.Scheduling;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbReachStore(AimsDatabase database) : IReachStore
{
    private ILiteCollection<UnreachablePerson> Items => database.Collection<UnreachablePerson>(SchedulingCollections.Unreachable);

    public UnreachablePerson? Get(string userKey) => Items.FindById(userKey);

    public IReadOnlyList<UnreachablePerson> All() => [.. Items.FindAll().OrderBy(x => x.Since)];

    public void MarkUnreachable(string userKey, string name, string reason, DateTimeOffset now)
    {
        var person = Items.FindById(userKey) ?? new UnreachablePerson { Id = userKey, Since = now.UtcDateTime };
        person.Name = name.Length > 0 ? name : (person.Name.Length > 0 ? person.Name : userKey);
        person.Reason = reason.Length > 300 ? reason[..300] : reason;
        person.LastTriedAt = now.UtcDateTime;
        Items.Upsert(person);
    }

    public void MarkReachable(string userKey) => Items.Delete(userKey);

    public ConversationRef? Anchor(Platform platform, string tenantId) =>
        database.Collection<ConversationRecord>(CollectionNames.Conversations)
            .Find(x => x.TenantId == tenantId)
            .Where(x => x.Platform == platform && !string.IsNullOrEmpty(x.ServiceUrl))
            .MaxBy(x => x.UpdatedAt)?.ToRef();
}
