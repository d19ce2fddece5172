using AimsBot.Core.Conversations;

namespace AimsBot.Core.Storage;

/// <summary>Conversation references and the people seen in them, so proactive messages survive restarts.</summary>
public interface IConversationStore
{
    /// <summary>Saves the conversation and the person from a validated turn.</summary>
    void Remember(IncomingTurn turn);

    ConversationRef? Get(string conversationKey);

    /// <summary>The personal conversation with this person, if the bot has one.</summary>
    ConversationRef? FindPersonal(string userKey);

    /// <summary>A person the bot has seen, by <see cref="UserRef.Key"/>.</summary>
    UserRecord? GetUser(string userKey);

    IReadOnlyList<UserRecord> Users();

    /// <summary>Forgets a conversation (bot removed or uninstalled).</summary>
    void Forget(string conversationKey);
}
