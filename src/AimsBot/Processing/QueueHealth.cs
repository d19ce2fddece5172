namespace AimsBot.Processing;

/// <summary>
/// What <c>/healthz</c> reports: turns waiting to be processed, replies waiting to be sent, dead
/// letters, and turns given up on since the host started (each logged with its reference).
/// </summary>
public sealed record QueueHealth(string Status, int InboxPending, int OutboxPending, int OutboxDead, long TurnsGivenUp = 0);
