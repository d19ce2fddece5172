using AimsBot.Core.Conversations;

namespace AimsBot.Scheduling;

/// <summary>Starts a one-to-one chat with a person the bot has not talked to yet (proactive first contact).</summary>
public interface IConversationOpener
{
    Platform Platform { get; }

    Task<OpenResult> OpenAsync(UserRef user, CancellationToken cancellationToken);
}

/// <summary>The opened chat (and the person's time zone when the platform said), or why it failed.</summary>
public sealed record OpenResult(ConversationRef? Conversation, string? TimeZone, string? Failure)
{
    public static OpenResult Opened(ConversationRef conversation, string? timeZone = null) => new(conversation, timeZone, null);

    public static OpenResult Failed(string reason) => new(null, null, reason);
}
