namespace AimsBot.Core.Conversations;

/// <summary>The chat platform a turn came from or a reply goes to.</summary>
public enum Platform
{
    Teams = 1,
    Slack = 2,
}
