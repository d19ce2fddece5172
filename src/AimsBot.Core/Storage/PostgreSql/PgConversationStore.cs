using AimsBot.Core.Conversations;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// Conversation references and people. <see cref="Remember"/> opens every person's turn, inside its
/// transaction, so it also takes the conversation's advisory lock until the commit: two instances
/// never run turns of one conversation at the same time (the inbox already hands them out one at a
/// time in order; this covers the synchronous path as well).
/// </summary>
public sealed class PgConversationStore(PgDatabase database, TimeProvider time) : IConversationStore
{
    private readonly PgDocuments<ConversationRecord> _conversations = new(database, PgCollections.Conversations, x => x.Id);
    private readonly PgDocuments<UserRecord> _people = new(database, PgCollections.Users, x => x.Id);

    public void Remember(IncomingTurn turn)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var reference = turn.Conversation;
        if (reference.IsPersonal && reference.UserKey is null)
        {
            reference = reference with { UserKey = turn.User.Key };
        }

        database.LockConversations([turn.Conversation.Key]);

        _conversations.Upsert(ConversationRecord.From(reference, now));

        var user = _people.Find(turn.User.Key) ?? new UserRecord
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

        _people.Upsert(user);
    }

    public ConversationRef? Get(string conversationKey) => _conversations.Find(conversationKey)?.ToRef();

    public ConversationRef? FindPersonal(string userKey)
    {
        var user = _people.Find(userKey);
        if (user?.PersonalConversationKey is { } key && _conversations.Find(key) is { } record)
        {
            return record.ToRef();
        }

        return _conversations.Where("data->>'UserKey' = $2", null, userKey).FirstOrDefault()?.ToRef();
    }

    public UserRecord? GetUser(string userKey) => _people.Find(userKey);

    public IReadOnlyList<UserRecord> Users() => _people.All();

    public void Forget(string conversationKey)
    {
        _conversations.Delete(conversationKey);
        foreach (var user in _people.Where("data->>'PersonalConversationKey' = $2", null, conversationKey))
        {
            user.PersonalConversationKey = null;
            _people.Update(user);
        }
    }
}
