namespace AimsBot.Core.Conversations;

/// <summary>The person acting on this turn and what they may do, decided by the core.</summary>
public sealed record Actor(UserRef User, bool IsAdmin, bool IsCommittee)
{
    public string Key => User.Key;
}
