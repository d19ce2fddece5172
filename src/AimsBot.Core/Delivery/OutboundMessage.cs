using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>One reply ready for a platform sender: where, what, and its idempotency key.</summary>
public sealed record OutboundMessage(string Id, ConversationRef Conversation, Reply Reply, string IdempotencyKey, int Attempt);
