namespace AimsBot.Teams.Activities;

/// <summary>The <c>conversation</c> of an activity.</summary>
public sealed record TeamsConversationAccount
{
    public string? Id { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }
}
