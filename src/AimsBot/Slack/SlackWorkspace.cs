namespace AimsBot.Slack;

/// <summary>The workspace (and Enterprise Grid organisation) the bot token belongs to: its own team.</summary>
public sealed record SlackWorkspace(string TeamId, string EnterpriseId);
