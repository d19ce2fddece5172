using AimsBot.Core.Conversations;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbConversationStore(AimsDatabase database, TimeProvider time) : IConversationStore
{
    private ILiteCollection<ConversationRecord> Conversations => database.Collection<ConversationRecord>(CollectionNames.Conversations);

    private ILiteCollection<UserRecord> People => database.Collection<UserRecord>(CollectionNames.Users);

    public void Remember(IncomingTurn turn)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var reference = turn.Conversation;
        if (reference.IsPersonal && reference.UserKey is null)
        {
            reference = reference with { UserKey = turn.User.Key };
        }

        Conversations.Upsert(ConversationRecord.From(reference, now));

        var user = People.FindById(turn.User.Key) ?? new UserRecord
        {
            Id = turn.User.Key,
            Platform = turn.User.Platform,
            TenantId = turn.User.TenantId,
            UserId = turn.User.UserId,
        };
        user.Name = turn.User.Name ?? user.Name;
        user.AadObjectId = turn.User.AadObjectId ?? user.AadObjectId;
        user.TimeZone = turn.TimeZone ?? user.TimeZone;
        user.LastSeenAt = now;
        if (reference.IsPersonal)
        {
            user.PersonalConversationKey = reference.Key;
        }

        People.Upsert(user);
    }

    public ConversationRef? Get(string conversationKey) => Conversations.FindById(conversationKey)?.ToRef();

    public ConversationRef? FindPersonal(string userKey)
    {
        var user = People.FindById(userKey);
        if (user?.PersonalConversationKey is { } key && Conversations.FindById(key) is { } record)
        {
            return record.ToRef();
        }

        return Conversations.FindOne(x => x.UserKey == userKey)?.ToRef();
    }

    public UserRecord? GetUser(string userKey) => People.FindById(userKey);

    public IReadOnlyList<UserRecord> Users() => [.. People.FindAll()];

    public void Forget(string conversationKey)
    {
        Conversations.Delete(conversationKey);
        foreach (var user in People.Find(x => x.PersonalConversationKey == conversationKey))
        {
            user.PersonalConversationKey = null;
            People.Update(user);
        }
    }
}
