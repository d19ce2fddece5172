namespace AimsBot.Slack;

/// <summary>What <c>users.info</c> tells about a person: display name and time zone.</summary>
public sealed record SlackUser(string Id, string? Name, string? TimeZone, bool IsBot);
