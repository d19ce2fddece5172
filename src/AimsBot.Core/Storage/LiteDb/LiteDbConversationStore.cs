using AimsBot.Core.Conversations;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbConversationStore : IConversationStore
{
    private readonly AimsDatabase database;
    private readonly TimeProvider time;

    /// <summary>Everyone the bot knows, read once until someone new or changed is saved (a tick and each due bundle read them all).</summary>
    private readonly HeldSnapshot<IReadOnlyList<UserRecord>> _users;

    /// <summary>What <see cref="Remember"/> last read or wrote: this store is the only writer of both collections.</summary>
    private readonly RecentDocuments<Seen> _seenConversations;
    private readonly RecentDocuments<UserRecord> _seenPeople;

    public LiteDbConversationStore(AimsDatabase database, TimeProvider time)
    {
        (this.database, this.time) = (database, time);
        _users = new(database, () => [.. People.FindAll()]);
        _seenConversations = new(database);
        _seenPeople = new(database);
    }

    private ILiteCollection<ConversationRecord> Conversations => database.Collection<ConversationRecord>(CollectionNames.Conversations);

    private ILiteCollection<UserRecord> People => database.Collection<UserRecord>(CollectionNames.Users);

    /// <summary>
    /// How stale a stored "seen at" may get before a turn that changes nothing else rewrites it: most
    /// turns come from people seen a moment ago, and two writes per turn were a good part of its cost.
    /// </summary>
    public static readonly TimeSpan SeenPrecision = TimeSpan.FromMinutes(1);

    /// <summary>Saves the conversation and the person, writing only what changed (or went stale, see <see cref="SeenPrecision"/>).</summary>
    public void Remember(IncomingTurn turn)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var reference = turn.Conversation;
        if (reference.IsPersonal && reference.UserKey is null)
        {
            reference = reference with { UserKey = turn.User.Key };
        }

        var stored = _seenConversations.Get(reference.Key) ?? Seen.Of(Conversations.FindByKey(reference.Key));
        if (stored is null || stored.Reference != reference || now - stored.UpdatedAt >= SeenPrecision)
        {
            Conversations.Upsert(ConversationRecord.From(reference, now));
            stored = new Seen(reference, now);
        }

        _seenConversations.Set(reference.Key, stored);
        var user = (_seenPeople.Get(turn.User.Key) ?? People.FindByKey(turn.User.Key))?.Copy();
        var changed = user is null;
        user ??= new UserRecord
        {
            Id = turn.User.Key,
            Platform = turn.User.Platform,
            TenantId = turn.User.TenantId,
            UserId = turn.User.UserId,
        };
        var name = turn.User.Name ?? user.Name;
        var aadObjectId = turn.User.AadObjectId ?? user.AadObjectId;
        var timeZone = turn.TimeZone ?? user.TimeZone;
        var personal = reference.IsPersonal ? reference.Key : user.PersonalConversationKey;
        changed |= name != user.Name || aadObjectId != user.AadObjectId || timeZone != user.TimeZone || personal != user.PersonalConversationKey;
        (user.Name, user.AadObjectId, user.TimeZone, user.PersonalConversationKey) = (name, aadObjectId, timeZone, personal);
        if (changed || now - user.LastSeenAt >= SeenPrecision)
        {
            user.LastSeenAt = now;
            People.Upsert(user);
            _users.Changed();
        }

        _seenPeople.Set(user.Id, user);
    }

    public ConversationRef? Get(string conversationKey) => Conversations.FindByKey(conversationKey)?.ToRef();

    public ConversationRef? FindPersonal(string userKey)
    {
        var user = People.FindByKey(userKey);
        if (user?.PersonalConversationKey is { } key && Conversations.FindByKey(key) is { } record)
        {
            return record.ToRef();
        }

        return Conversations.FindOne(x => x.UserKey == userKey)?.ToRef();
    }

    public UserRecord? GetUser(string userKey) => People.FindByKey(userKey);

    public IReadOnlyList<UserRecord> Users() => _users.Current();

    public void Forget(string conversationKey)
    {
        Conversations.Delete(conversationKey);
        foreach (var user in People.Find(x => x.PersonalConversationKey == conversationKey))
        {
            user.PersonalConversationKey = null;
            People.Update(user);
            _users.Changed();
        }

        _seenConversations.Clear();
        _seenPeople.Clear();
    }

    /// <summary>A conversation as stored, and when it was last written.</summary>
    private sealed record Seen(ConversationRef Reference, DateTime UpdatedAt)
    {
        public static Seen? Of(ConversationRecord? record) => record is null ? null : new(record.ToRef(), record.UpdatedAt);
    }
}
