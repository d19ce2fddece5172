namespace AimsBot.Processing;

/// <summary>
/// What <c>/healthz</c> reports: turns waiting to be processed, replies waiting to be sent, dead
/// letters, and turns given up on since the host started (each logged with its reference); which
/// store holds them (<c>LiteDb</c>, or <c>PostgreSql</c> shared with the other instances). Status is
/// "warning" (still 200) when the inbox file and the main store did not match at start
/// (<see cref="InboxNotice"/> says what was found and done), "unavailable" (503) when a store cannot be read.
/// </summary>
public sealed record QueueHealth(string Status, int InboxPending, int OutboxPending, int OutboxDead, long TurnsGivenUp = 0, string Store = "LiteDb", string? InboxNotice = null);
