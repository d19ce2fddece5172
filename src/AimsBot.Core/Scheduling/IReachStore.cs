namespace AimsBot.Core.Scheduling;

/// <summary>People the bot could not reach, reported to admins and in the digest until they can be.</summary>
public interface IReachStore
{
    UnreachablePerson? Get(string userKey);

    IReadOnlyList<UnreachablePerson> All();

    void MarkUnreachable(string userKey, string name, string reason, DateTimeOffset now);

    void MarkReachable(string userKey);

    /// <summary>
    /// A conversation the bot has in this tenant (newest first), whose service URL and bot id can start
    /// a chat with someone else there (Teams create-conversation), or null.
    /// </summary>
    Conversations.ConversationRef? Anchor(Conversations.Platform platform, string tenantId);
}
