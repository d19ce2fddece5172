using AimsBot.Core.Conversations;

namespace AimsBot.Core.Storage;

/// <summary>A stored conversation reference, keyed by <see cref="ConversationRef.Key"/>.</summary>
public sealed class ConversationRecord
{
    public string Id { get; set; } = "";

    public Platform Platform { get; set; }

    public string TenantId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public string? BotId { get; set; }

    public string? ConversationType { get; set; }

    /// <summary>Set when this is a personal (1:1) conversation with that user.</summary>
    public string? UserKey { get; set; }

    public DateTime UpdatedAt { get; set; }

    public static ConversationRecord From(ConversationRef reference, DateTime now) => new()
    {
        Id = reference.Key,
        Platform = reference.Platform,
        TenantId = reference.TenantId,
        ConversationId = reference.ConversationId,
        ServiceUrl = reference.ServiceUrl,
        ChannelId = reference.ChannelId,
        BotId = reference.BotId,
        ConversationType = reference.ConversationType,
        UserKey = reference.UserKey,
        UpdatedAt = now,
    };

    public ConversationRef ToRef() => new(Platform, TenantId, ConversationId)
    {
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        BotId = BotId,
        ConversationType = ConversationType,
        UserKey = UserKey,
    };
}
