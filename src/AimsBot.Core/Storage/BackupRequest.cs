using AimsBot.Core.Conversations;

namespace AimsBot.Core.Storage;

/// <summary>An admin's request for a backup: who asked, where to answer, and the turn's id (the reply's idempotency key).</summary>
public sealed record BackupRequest(Actor Actor, ConversationRef Conversation, string TurnId);
