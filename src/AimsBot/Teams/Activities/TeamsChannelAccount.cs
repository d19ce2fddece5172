namespace AimsBot.Teams.Activities;

/// <summary>A user or bot in an activity (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>, mention targets).</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }
}
