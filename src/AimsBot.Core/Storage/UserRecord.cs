using AimsBot.Core.Conversations;

namespace AimsBot.Core.Storage;

/// <summary>A person the bot has seen, with where to reach them privately.</summary>
public sealed class UserRecord
{
    /// <summary><see cref="UserRef.Key"/>.</summary>
    public string Id { get; set; } = "";

    public Platform Platform { get; set; }

    public string TenantId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string? AadObjectId { get; set; }

    public string Name { get; set; } = "";

    public string? TimeZone { get; set; }

    /// <summary>Key of the personal conversation with this person, when known.</summary>
    public string? PersonalConversationKey { get; set; }

    public DateTime LastSeenAt { get; set; }

    /// <summary>A copy (every property is a string or a value).</summary>
    public UserRecord Copy() => (UserRecord)MemberwiseClone();

    public UserRef ToRef() => new(Platform, TenantId, UserId) { Name = Name, AadObjectId = AadObjectId };
}
